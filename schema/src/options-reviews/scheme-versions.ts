import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { evaluateExample } from '../analysis/evaluate-example.ts';
import { CatalogueId, DataVersion } from '../catalogue/common.ts';
import { legalTypes } from '../evaluation/criteria.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';

/** The scheme a review example works with: the evaluate endpoint's, on the review's reference date. */
const exampleScheme = { ...evaluateExample.request.scheme, submissionDeadline: '2027-01-15' };

/** What a saved scheme version starts from. */
export const SchemeSource = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('template'),
      /** An evaluation template of the catalogue (`GET /api/v1/templates`). */
      templateId: CatalogueId,
    }),
    z.strictObject({
      kind: z.literal('entries'),
      /**
       * Catalogue entries, each as a criterion of one of the legal types the entry admits. Award
       * criteria start as equal shares beside a price criterion; ordinal ones on a scale of 0 to 5
       * with placeholder anchors to be written before the review is used.
       */
      criteria: z
        .array(z.strictObject({ entryId: CatalogueId, legalType: z.enum(legalTypes) }))
        .min(1)
        .max(300),
    }),
    z.strictObject({
      kind: z.literal('blank'),
    }),
    z.strictObject({
      kind: z.literal('edited'),
      /** The complete scheme as edited, in the engine's shape; its `submissionDeadline` is the review's reference date. */
      scheme: EvaluationScheme,
    }),
  ])
  .meta({ id: 'SchemeSource' });
export type SchemeSource = z.output<typeof SchemeSource>;

export const SaveSchemeVersionInput = z
  .strictObject({
    basedOnVersion: z
      .int()
      .min(1)
      .nullable()
      .meta({
        description:
          'The newest version the editor started from (null for the first): a save on an older ' +
          'one is refused with 409, so nobody silently replaces another editor’s version',
      }),
    note: z.string().trim().min(1).max(1_000).optional(),
    source: SchemeSource,
  })
  .meta({
    id: 'SaveSchemeVersionInput',
    examples: [
      {
        basedOnVersion: null,
        source: { kind: 'template', templateId: 'state-collaboration-suite' },
      },
      {
        basedOnVersion: 1,
        note: 'Betriebskonzept stärker gewichtet',
        source: { kind: 'edited', scheme: exampleScheme },
      },
      {
        basedOnVersion: null,
        source: {
          kind: 'entries',
          criteria: [
            { entryId: 'c3a.sov-4-09-c', legalType: 'award' },
            { entryId: 'assurance.c5-type-2', legalType: 'minimum' },
          ],
        },
      },
    ],
  });
export type SaveSchemeVersionInput = z.output<typeof SaveSchemeVersionInput>;

/** Where a version came from; `referenceDate`: the review's reference date changed. */
export const SchemeVersionOrigin = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('template'),
      templateId: CatalogueId,
      templateVersion: DataVersion,
    }),
    z.strictObject({ kind: z.literal('entries'), entryIds: z.array(CatalogueId) }),
    z.strictObject({ kind: z.literal('blank') }),
    z.strictObject({ kind: z.literal('edited') }),
    z.strictObject({ kind: z.literal('referenceDate') }),
  ])
  .meta({ id: 'SchemeVersionOrigin' });
export type SchemeVersionOrigin = z.output<typeof SchemeVersionOrigin>;

const summaryFields = {
  reviewId: ResourceId,
  number: z.int().min(1),
  commitment: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ description: 'SHA-256 of the scheme in RFC 8785 canonical JSON' }),
  origin: SchemeVersionOrigin,
  note: z.string().nullable(),
  createdBy: ResourceId,
  createdAt: Timestamp,
};

const summaryExample = {
  reviewId: '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60',
  number: 2,
  commitment: '3f1d0c6a9b8e7d2c4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b',
  origin: { kind: 'edited' },
  note: 'Betriebskonzept stärker gewichtet',
  createdBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  createdAt: '2026-12-05T10:12:00.000Z',
} as const;

export const SchemeVersionSummary = z
  .strictObject(summaryFields)
  .meta({ id: 'SchemeVersionSummary', examples: [summaryExample] });
export type SchemeVersionSummary = z.output<typeof SchemeVersionSummary>;

/** A saved version: immutable, numbered from 1 per review. */
export const SchemeVersionResponse = z
  .strictObject({ ...summaryFields, scheme: EvaluationScheme })
  .meta({
    id: 'SchemeVersionResponse',
    examples: [{ ...summaryExample, scheme: exampleScheme }],
  });
export type SchemeVersionResponse = z.output<typeof SchemeVersionResponse>;

export const SchemeVersionListQuery = z.strictObject(pageQueryFields);
export type SchemeVersionListQuery = z.output<typeof SchemeVersionListQuery>;

export const SchemeVersionListResponse = z
  .strictObject({ versions: z.array(SchemeVersionSummary), nextCursor: NextCursor })
  .meta({
    id: 'SchemeVersionListResponse',
    description: 'The versions, newest first, without their schemes',
    examples: [{ versions: [summaryExample], nextCursor: null }],
  });
export type SchemeVersionListResponse = z.output<typeof SchemeVersionListResponse>;

export const SchemeVersionParams = z.strictObject({
  reviewId: ResourceId.meta({ param: { name: 'reviewId', in: 'path' } }),
  version: z
    .string()
    .regex(/^(?:latest|[1-9]\d{0,8})$/, 'a version number, or latest')
    .meta({
      param: { name: 'version', in: 'path' },
      description: 'The version’s number, or `latest`',
      examples: ['latest', '2'],
    }),
});
