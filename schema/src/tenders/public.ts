import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';
import { procurementRegimes } from '../evaluation/regime.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import type { TenderStateName } from '../vocabularies.ts';
import { ZonedMoment } from './deadlines.ts';

/**
 * Published tenders as anybody reads them without an account (§ 41 (1) VgV: the procurement
 * documents are available free of charge, unrestricted, complete and directly). Exactly what the
 * notice and its documents make public: never the team, the estimated value, who asked a
 * question, unanswered questions of others, or anything of a draft.
 */

const LocalizedLabel = z.strictObject({ de: z.string(), en: z.string() });

/** The states a published tender may be in (a draft is never shown). */
export const PublishedTenderState = z
  .enum([
    'published',
    'submissionClosed',
    'opened',
    'evaluated',
    'awarded',
    'cancelled',
  ] as const satisfies readonly TenderStateName[])
  .meta({
    id: 'PublishedTenderState',
    description:
      '`published`: the submission period runs; `submissionClosed`, `opened`, `evaluated`, ' +
      '`awarded`: later stages; `cancelled`: cancelled after publication (§ 63 VgV)',
  });

/** A deadline as an instant and as Berlin local time, with a text for people. */
export const PublicDeadline = z
  .strictObject({
    at: Timestamp.meta({ description: 'The instant, UTC' }),
    local: ZonedMoment.meta({ description: 'The same instant in Europe/Berlin (RFC 9557)' }),
    text: LocalizedLabel.meta({ description: 'As people read it, German and English' }),
  })
  .meta({
    id: 'PublicDeadline',
    examples: [
      {
        at: '2027-03-01T11:00:00.000Z',
        local: '2027-03-01T12:00:00+01:00[Europe/Berlin]',
        text: { de: 'Mo., 01.03.2027, 12:00 Uhr (+01:00)', en: 'Mon 2027-03-01 12:00 (+01:00)' },
      },
    ],
  });
export type PublicDeadline = z.output<typeof PublicDeadline>;

export const PublicProcedureType = z.strictObject({ id: z.string(), label: LocalizedLabel }).meta({
  id: 'PublicProcedureType',
  examples: [{ id: 'vgv.open', label: { de: 'Offenes Verfahren', en: 'Open procedure' } }],
});

export const PublishedTenderParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
});
export type PublishedTenderParams = z.output<typeof PublishedTenderParams>;

export const PublishedTenderListQuery = z.strictObject({
  ...pageQueryFields,
  state: z
    .enum(['open', 'closed'])
    .optional()
    .meta({
      description:
        '`open`: the submission period runs (`published`); `closed`: every later state, ' +
        'cancelled ones included; all published tenders when omitted',
    }),
});
export type PublishedTenderListQuery = z.output<typeof PublishedTenderListQuery>;

const summaryFields = {
  id: ResourceId,
  authorityName: z.string(),
  reference: z.string().meta({ description: 'The authority’s file number (Vergabenummer)' }),
  title: z.string(),
  cpvCodes: z.array(z.string()).meta({ description: 'CPV codes, the main one first' }),
  regime: z.enum(procurementRegimes),
  procedureType: PublicProcedureType,
  state: PublishedTenderState,
  publishedAt: Timestamp,
  submissionDeadline: PublicDeadline,
};

const exampleTenderId = '3c9a1f2e-7b4d-4e8a-9f1c-2d3e4f5a6b7c';
const summaryExample = {
  id: exampleTenderId,
  authorityName: 'Landesamt für Digitales',
  reference: 'LfD-2027-014',
  title: 'Kollaborationsplattform für die Landesverwaltung',
  cpvCodes: ['48000000-8'],
  regime: 'VgV',
  procedureType: { id: 'vgv.open', label: { de: 'Offenes Verfahren', en: 'Open procedure' } },
  state: 'published',
  publishedAt: '2027-01-20T09:00:00.000Z',
  submissionDeadline: {
    at: '2027-03-01T11:00:00.000Z',
    local: '2027-03-01T12:00:00+01:00[Europe/Berlin]',
    text: { de: 'Mo., 01.03.2027, 12:00 Uhr (+01:00)', en: 'Mon 2027-03-01 12:00 (+01:00)' },
  },
} as const;

export const PublishedTenderSummary = z
  .strictObject(summaryFields)
  .meta({ id: 'PublishedTenderSummary', examples: [summaryExample] });
export type PublishedTenderSummary = z.output<typeof PublishedTenderSummary>;

export const PublishedTenderListResponse = z
  .strictObject({ tenders: z.array(PublishedTenderSummary), nextCursor: NextCursor })
  .meta({
    id: 'PublishedTenderListResponse',
    description: 'Published tenders, the newest publication first',
    examples: [{ tenders: [summaryExample], nextCursor: null }],
  });
export type PublishedTenderListResponse = z.output<typeof PublishedTenderListResponse>;

const Commitment = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({ description: 'SHA-256 of the scheme in RFC 8785 canonical JSON' });

export const PublishedSchemeVersionSummary = z
  .strictObject({
    number: z.int().min(1),
    commitment: Commitment,
    correctionNumber: z
      .int()
      .min(1)
      .nullable()
      .meta({ description: 'The correction that made this version; null for version 1' }),
    createdAt: Timestamp,
  })
  .meta({ id: 'PublishedSchemeVersionSummary' });

export const PublishedTenderLot = z
  .strictObject({
    number: z.int().min(1),
    title: z.string(),
    description: z.string(),
    schemeVersions: z.array(PublishedSchemeVersionSummary).meta({
      description: 'The lot’s published scheme versions, oldest first; the last one is in force',
    }),
  })
  .meta({ id: 'PublishedTenderLot' });

export const PublishedTenderCorrection = z
  .strictObject({
    number: z.int().min(1),
    reason: z.string(),
    previousSubmissionDeadline: PublicDeadline,
    submissionDeadline: PublicDeadline,
    previousQuestionsDeadline: PublicDeadline,
    questionsDeadline: PublicDeadline,
    correctedAt: Timestamp,
  })
  .meta({
    id: 'PublishedTenderCorrection',
    description: 'A correction during the submission period (§ 20 (3) VgV)',
  });

export const PublishedTenderCancellation = z
  .strictObject({
    ground: z.string().meta({ examples: ['noSuitableBids'] }),
    label: LocalizedLabel,
    source: z.string().meta({ examples: ['§ 63 Abs. 1 Satz 1 Nr. 1 VgV'] }),
    reasons: z.string(),
    cancelledAt: Timestamp,
  })
  .meta({ id: 'PublishedTenderCancellation', description: 'The cancellation (§ 63 VgV)' });

export const PublishedTenderResponse = z
  .strictObject({
    ...summaryFields,
    description: z.string(),
    deadlines: z.strictObject({
      submission: PublicDeadline,
      questions: PublicDeadline.meta({ description: 'The last moment for bidders’ questions' }),
      bidValidityUntil: CalendarDate.meta({
        description: 'The last day bids are binding (Bindefrist)',
      }),
    }),
    lotLimits: z.strictObject({
      maxLotsPerBidder: z.int().min(1).nullable(),
      maxLotsPerAward: z.int().min(1).nullable(),
    }),
    lots: z.array(PublishedTenderLot),
    corrections: z.array(PublishedTenderCorrection),
    cancellation: PublishedTenderCancellation.nullable(),
    bidIntake: z.enum(['platform', 'vault']).meta({
      description:
        'Where bids go: `vault`: to this installation (`POST /api/v1/tenders/{tenderId}/lots/' +
        '{lotNumber}/bids`), sealed until the opening; `platform`: to the authority’s ' +
        'e-procurement platform named in the notice, not here',
    }),
    interestRegistered: z
      .boolean()
      .optional()
      .meta({
        description:
          'For a vendor’s user or API key only: whether the organisation registered interest and ' +
          'so receives the tender’s notices',
      }),
  })
  .meta({
    id: 'PublishedTenderResponse',
    examples: [
      {
        ...summaryExample,
        description: 'Bereitstellung und Betrieb einer Kollaborationsplattform.',
        deadlines: {
          submission: summaryExample.submissionDeadline,
          questions: {
            at: '2027-02-22T22:59:59.000Z',
            local: '2027-02-22T23:59:59+01:00[Europe/Berlin]',
            text: {
              de: 'Mo., 22.02.2027, 23:59 Uhr (+01:00)',
              en: 'Mon 2027-02-22 23:59 (+01:00)',
            },
          },
          bidValidityUntil: '2027-05-31',
        },
        lotLimits: { maxLotsPerBidder: null, maxLotsPerAward: null },
        lots: [
          {
            number: 1,
            title: 'Gesamtleistung',
            description: '',
            schemeVersions: [
              {
                number: 1,
                commitment: '3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
                correctionNumber: null,
                createdAt: '2027-01-20T09:00:00.000Z',
              },
            ],
          },
        ],
        corrections: [],
        cancellation: null,
        bidIntake: 'vault',
      },
    ],
  });
export type PublishedTenderResponse = z.output<typeof PublishedTenderResponse>;

export const PublishedSchemeVersionParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  lotNumber: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'a lot number')
    .transform(Number)
    .meta({ param: { name: 'lotNumber', in: 'path' }, examples: ['1'] }),
  number: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number')
    .transform(Number)
    .meta({ param: { name: 'number', in: 'path' }, examples: ['1'] }),
});
export type PublishedSchemeVersionParams = z.output<typeof PublishedSchemeVersionParams>;

export const PublishedSchemeVersionResponse = z
  .strictObject({
    tenderId: ResourceId,
    lotNumber: z.int().min(1),
    number: z.int().min(1),
    commitment: Commitment,
    correctionNumber: z.int().min(1).nullable(),
    createdAt: Timestamp,
    scheme: EvaluationScheme,
  })
  .meta({
    id: 'PublishedSchemeVersionResponse',
    description:
      'A published scheme version of a lot: anyone can recompute the commitment from the ' +
      'scheme in RFC 8785 canonical JSON (docs/canonical-form.md)',
  });
export type PublishedSchemeVersionResponse = z.output<typeof PublishedSchemeVersionResponse>;

export const TenderInterestResponse = z
  .strictObject({
    tenderId: ResourceId,
    interestRegistered: z.boolean(),
    registeredAt: Timestamp.nullable(),
  })
  .meta({
    id: 'TenderInterestResponse',
    examples: [
      {
        tenderId: exampleTenderId,
        interestRegistered: true,
        registeredAt: '2027-01-21T08:00:00.000Z',
      },
    ],
  });
export type TenderInterestResponse = z.output<typeof TenderInterestResponse>;
