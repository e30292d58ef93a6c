import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidDocument } from '../bids/content.ts';
import { CalendarDate, Identifier } from '../evaluation/common.ts';

/**
 * Requests for missing documents (Nachforderung, § 56 VgV): the authority asks a bidder to
 * submit, complete or correct a document by a deadline day; the bidder answers once, the
 * authority decides on the answer once. A document that bears on an award criterion is never
 * requested (§ 56 (3) VgV), nor anything when the notice ruled requests out (§ 56 (2) S. 2 VgV).
 */
export const DocumentRequestParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  requestId: ResourceId.meta({ param: { name: 'requestId', in: 'path' } }),
});
export type DocumentRequestParams = z.output<typeof DocumentRequestParams>;

export const OwnDocumentRequestParams = z.strictObject({
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  requestId: ResourceId.meta({ param: { name: 'requestId', in: 'path' } }),
});
export type OwnDocumentRequestParams = z.output<typeof OwnDocumentRequestParams>;

/**
 * How an answer came: from the bidder in Tenderwise, or through the authority's e-procurement
 * platform, recorded by an officer (bids imported from the platform).
 */
export const AnswerChannel = z.enum(['bidder', 'platform']).meta({ id: 'AnswerChannel' });

export const RequestMissingDocumentInput = z
  .strictObject({
    stage: z.enum(['formal', 'suitability']),
    /** What is asked for, in words the bidder reads. */
    document: z.string().trim().min(1).max(2_000),
    /** Company documents, documents about the offered service, or price information. */
    kind: z.enum(['company', 'offer', 'price']),
    action: z.enum(['submit', 'complete', 'correct']),
    /** The criterion of the scheme the document concerns, if any. */
    criterionId: Identifier.optional(),
    /** Price information on an insignificant item (§ 56 (3) S. 2 VgV). */
    insignificantPriceItem: z.boolean().optional(),
    /** The last day (Europe/Berlin) the bidder may answer; after today. */
    deadline: CalendarDate,
  })
  .meta({
    id: 'RequestMissingDocumentInput',
    examples: [
      {
        stage: 'suitability',
        document: 'Reference 3, signed by the client',
        kind: 'company',
        action: 'submit',
        criterionId: 'su-references',
        deadline: '2026-03-10',
      },
    ],
  });
export type RequestMissingDocumentInput = z.output<typeof RequestMissingDocumentInput>;

export const DecideDocumentRequestInput = z
  .strictObject({
    decision: z.enum(['accepted', 'rejected']),
    reasons: z.string().trim().min(1).max(8_000),
  })
  .meta({ id: 'DecideDocumentRequestInput' });
export type DecideDocumentRequestInput = z.output<typeof DecideDocumentRequestInput>;

export const AnswerDocumentRequestInput = z
  .strictObject({
    note: z.string().trim().min(1).max(8_000).optional(),
    documents: z.array(BidDocument).min(1).max(20),
  })
  .meta({ id: 'AnswerDocumentRequestInput' });
export type AnswerDocumentRequestInput = z.output<typeof AnswerDocumentRequestInput>;

export const DocumentRequestView = z
  .strictObject({
    id: ResourceId,
    bidId: ResourceId,
    /** Numbered per tender. */
    number: z.int(),
    stage: z.enum(['formal', 'suitability']),
    document: z.string(),
    kind: z.enum(['company', 'offer', 'price']),
    action: z.enum(['submit', 'complete', 'correct']),
    criterionId: z.union([Identifier, z.null()]),
    insignificantPriceItem: z.boolean(),
    /** The paragraph that allows the request. */
    basis: z.string(),
    deadline: CalendarDate,
    requestedBy: ResourceId,
    requestedAt: Timestamp,
    answer: z.union([
      z.strictObject({
        note: z.union([z.string(), z.null()]),
        documents: z.array(BidDocument),
        answeredAt: Timestamp,
        channel: AnswerChannel,
      }),
      z.null(),
    ]),
    decision: z.union([
      z.strictObject({
        decision: z.enum(['accepted', 'rejected']),
        reasons: z.string(),
        decidedBy: ResourceId,
        decidedAt: Timestamp,
      }),
      z.null(),
    ]),
  })
  .meta({ id: 'DocumentRequestView' });
export type DocumentRequestView = z.output<typeof DocumentRequestView>;
