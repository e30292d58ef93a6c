import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidDocument } from '../bids/content.ts';

/**
 * An answer a bidder of an imported bid sent through the authority's e-procurement platform, as
 * an officer records it: bidders whose bids came in on the platform have no account here, so
 * what they send there becomes part of the record only this way. The time is the platform's
 * receipt; it decides whether the answer came within the deadline.
 */
const receivedAt = Timestamp.meta({
  description:
    'When the platform received the answer; not before the request, not in the future, and by ' +
    'the end of the deadline day (Europe/Berlin)',
});

export const RecordReceivedDocumentsInput = z
  .strictObject({
    receivedAt,
    note: z.string().trim().min(1).max(4_000).optional(),
    documents: z.array(BidDocument).min(1).max(20),
  })
  .meta({ id: 'RecordReceivedDocumentsInput' });
export type RecordReceivedDocumentsInput = z.output<typeof RecordReceivedDocumentsInput>;

export const RecordReceivedClarificationInput = z
  .strictObject({ receivedAt, answer: z.string().trim().min(1).max(20_000) })
  .meta({ id: 'RecordReceivedClarificationInput' });
export type RecordReceivedClarificationInput = z.output<typeof RecordReceivedClarificationInput>;

export const ReceivedDocumentsParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  requestId: ResourceId.meta({ param: { name: 'requestId', in: 'path' } }),
});
export type ReceivedDocumentsParams = z.output<typeof ReceivedDocumentsParams>;

export const ReceivedClarificationParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  clarificationId: ResourceId.meta({ param: { name: 'clarificationId', in: 'path' } }),
});
export type ReceivedClarificationParams = z.output<typeof ReceivedClarificationParams>;

/** The answer as recorded. */
export const ReceivedAnswer = z
  .strictObject({
    id: ResourceId,
    channel: z.literal('platform'),
    answeredAt: Timestamp,
    recordedBy: ResourceId,
  })
  .meta({ id: 'ReceivedAnswer' });
export type ReceivedAnswer = z.output<typeof ReceivedAnswer>;
