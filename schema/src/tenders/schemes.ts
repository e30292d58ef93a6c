import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CatalogueId, DataVersion } from '../catalogue/common.ts';
import { evaluateExample } from '../analysis/evaluate-example.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { SchemeSource } from '../options-reviews/scheme-versions.ts';

const exampleTenderId = '3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21';
const exampleUserId = '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d';
const exampleCommitment = '3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b';
const exampleScheme = {
  ...evaluateExample.request.scheme,
  submissionDeadline: '2027-03-01',
  regime: 'VgV',
} as const;

/** The tender's id in the path of its scheme, publication, correction and cancellation. */
export const TenderSchemesParams = z.strictObject({
  tenderId: ResourceId.meta({
    param: { name: 'tenderId', in: 'path' },
    examples: [exampleTenderId],
  }),
});
export type TenderSchemesParams = z.output<typeof TenderSchemesParams>;

const LotNumberParam = z
  .string()
  .regex(/^(?:[1-9]\d{0,2})$/, 'a lot number from 1')
  .transform(Number)
  .meta({ param: { name: 'lotNumber', in: 'path' }, examples: ['1'] });

export const TenderLotSchemeParams = TenderSchemesParams.extend({ lotNumber: LotNumberParam });
export type TenderLotSchemeParams = z.output<typeof TenderLotSchemeParams>;

export const TenderSchemeVersionParams = TenderLotSchemeParams.extend({
  number: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number from 1')
    .transform(Number)
    .meta({ param: { name: 'number', in: 'path' }, examples: ['1'] }),
});
export type TenderSchemeVersionParams = z.output<typeof TenderSchemeVersionParams>;

/** A version counter of a tender or of a lot: send the one you read with a change (409 when stale). */
export const TenderRecordVersion = z
  .int()
  .min(1)
  .meta({
    description:
      'Counts the changes; send the version you read with a change, and the change is refused ' +
      'with 409 if somebody else changed it since',
    examples: [3],
  });

/** Where a lot's draft scheme came from. */
export const TenderSchemeOrigin = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('template'),
      templateId: CatalogueId,
      templateVersion: DataVersion,
    }),
    z.strictObject({ kind: z.literal('entries') }),
    z.strictObject({ kind: z.literal('blank') }),
    z.strictObject({ kind: z.literal('edited') }),
  ])
  .meta({ id: 'TenderSchemeOrigin' });
export type TenderSchemeOrigin = z.output<typeof TenderSchemeOrigin>;

/** SHA-256 of the scheme in RFC 8785 canonical JSON. */
export const SchemeCommitmentHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .meta({
    description: 'SHA-256 of the scheme in RFC 8785 canonical JSON',
    examples: [exampleCommitment],
  });

/** A rule of evaluation the draft breaks; publication waits until none is left. */
export const TenderSchemeIssue = z
  .strictObject({
    pointer: z.string().max(500).meta({ description: 'RFC 6901 pointer into the scheme' }),
    code: z.string().min(1).max(80),
    message: z.string().min(1).max(2_000),
  })
  .meta({ id: 'TenderSchemeIssue' });
export type TenderSchemeIssue = z.output<typeof TenderSchemeIssue>;

const versionSummaryFields = {
  tenderId: ResourceId,
  lotNumber: z.int().min(1),
  number: z.int().min(1),
  commitment: SchemeCommitmentHash,
  /** Null for version 1, frozen by the publication; else the correction that made it. */
  correctionNumber: z.int().min(1).nullable(),
  createdBy: ResourceId,
  createdAt: Timestamp,
};

const versionSummaryExample = {
  tenderId: exampleTenderId,
  lotNumber: 1,
  number: 1,
  commitment: exampleCommitment,
  correctionNumber: null,
  createdBy: exampleUserId,
  createdAt: '2027-01-18T09:00:00.000Z',
} as const;

/** A published scheme version of a lot: immutable, numbered from 1 per lot. */
export const TenderSchemeVersionSummary = z
  .strictObject(versionSummaryFields)
  .meta({ id: 'TenderSchemeVersionSummary', examples: [versionSummaryExample] });
export type TenderSchemeVersionSummary = z.output<typeof TenderSchemeVersionSummary>;

/** The correction a version came from, with its reason. */
export const TenderSchemeVersionCorrection = z
  .strictObject({
    number: z.int().min(1),
    reason: z.string(),
    correctedAt: Timestamp,
  })
  .meta({ id: 'TenderSchemeVersionCorrection' });

export const TenderSchemeVersionResponse = z
  .strictObject({
    ...versionSummaryFields,
    scheme: EvaluationScheme,
    correction: TenderSchemeVersionCorrection.nullable(),
  })
  .meta({
    id: 'TenderSchemeVersionResponse',
    description:
      'A published scheme version with its commitment: the SHA-256 of `scheme` in RFC 8785 ' +
      'canonical JSON, recomputable from this document alone',
    examples: [{ ...versionSummaryExample, scheme: exampleScheme, correction: null }],
  });
export type TenderSchemeVersionResponse = z.output<typeof TenderSchemeVersionResponse>;

export const TenderSchemeVersionListQuery = z.strictObject({
  lot: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'a lot number from 1')
    .transform(Number)
    .optional()
    .meta({ description: 'Only this lot’s versions; every lot’s when left out', examples: ['1'] }),
});
export type TenderSchemeVersionListQuery = z.output<typeof TenderSchemeVersionListQuery>;

export const TenderSchemeVersionListResponse = z
  .strictObject({ versions: z.array(TenderSchemeVersionSummary) })
  .meta({
    id: 'TenderSchemeVersionListResponse',
    description: 'The published versions by lot and number, without their schemes',
    examples: [{ versions: [versionSummaryExample] }],
  });
export type TenderSchemeVersionListResponse = z.output<typeof TenderSchemeVersionListResponse>;

/**
 * A lot's scheme as its team sees it: the draft while the tender is a draft (with the rules of
 * evaluation it still breaks), afterwards the latest published version.
 */
export const TenderLotSchemeResponse = z
  .strictObject({
    tenderId: ResourceId,
    lotNumber: z.int().min(1),
    /** The lot's version: send it with the next save. */
    lotVersion: z.int().min(1),
    /** The tender's version after the last change. */
    tenderVersion: z.int().min(1),
    stage: z.enum(['draft', 'published']).meta({
      description:
        '`draft`: the lot’s draft scheme, editable while the tender is a draft; `published`: ' +
        'the latest published version, which no longer changes',
    }),
    /** Null when no draft scheme was saved yet. */
    scheme: EvaluationScheme.nullable(),
    /** Where the draft came from; null without a draft. */
    origin: TenderSchemeOrigin.nullable(),
    /** The rules of evaluation the draft breaks (validation); empty for a published version. */
    issues: z.array(TenderSchemeIssue),
    /** The published version shown; null for a draft. */
    publishedVersion: TenderSchemeVersionSummary.nullable(),
  })
  .meta({
    id: 'TenderLotSchemeResponse',
    examples: [
      {
        tenderId: exampleTenderId,
        lotNumber: 1,
        lotVersion: 2,
        tenderVersion: 7,
        stage: 'draft',
        scheme: exampleScheme,
        origin: { kind: 'edited' },
        issues: [],
        publishedVersion: null,
      },
    ],
  });
export type TenderLotSchemeResponse = z.output<typeof TenderLotSchemeResponse>;

export const SaveTenderLotSchemeInput = z
  .strictObject({
    version: TenderRecordVersion.meta({
      description: 'The lot’s version you read (`lotVersion`); 409 when the lot changed since',
    }),
    source: SchemeSource,
  })
  .meta({
    id: 'SaveTenderLotSchemeInput',
    examples: [
      { version: 1, source: { kind: 'template', templateId: 'state-collaboration-suite' } },
      { version: 2, source: { kind: 'edited', scheme: exampleScheme } },
    ],
  });
export type SaveTenderLotSchemeInput = z.output<typeof SaveTenderLotSchemeInput>;
