import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { AttestationAssessment, BidPrice, MetricAssessment } from '../evaluation/bid.ts';
import { Identifier } from '../evaluation/common.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { RecordVersion } from './review.ts';

/** A map from the scheme's criterion ids, bounded like the scheme's lists. */
const byCriterion = <T extends z.ZodType>(value: T) =>
  z.record(Identifier, value).refine((map) => Object.keys(map).length <= 300, {
    message: 'At most 300 entries',
  });

/**
 * What is known of an option, per criterion of the review's scheme, in the engine's bid shapes:
 * the offer's answer in words (what the members read when they score), measured values of metric
 * criteria, attestations with their dates, and the price or life-cycle cost components. Ordinal
 * scores are not part of the offer: the members give them. Everything is optional, so an option
 * is filled in step by step.
 */
export const OptionOffer = z
  .strictObject({
    answers: byCriterion(z.string().trim().min(1).max(4_000)).default({}),
    assessments: byCriterion(
      z.discriminatedUnion('kind', [MetricAssessment, AttestationAssessment]),
    ).default({}),
    price: BidPrice.optional(),
  })
  .meta({ id: 'OptionOffer' });
export type OptionOffer = z.output<typeof OptionOffer>;

const offerExample = {
  answers: {
    concept: 'Betrieb durch den Landesdienstleister im eigenen Rechenzentrum, 24/7-Bereitschaft.',
  },
  assessments: {},
  price: {
    kind: 'lifeCycleCost',
    costs: {
      oneOff: 250000,
      migrationIn: 400000,
      recurringPerYear: 1200000,
      egressPerYear: 0,
      exit: 150000,
    },
  },
} as const;

const optionFields = {
  name: z.string().trim().min(1).max(200).meta({ description: 'Unique within the review' }),
  vendorName: z.string().trim().min(1).max(200).optional(),
  serviceName: z.string().trim().min(1).max(200).optional(),
  offer: OptionOffer.default({ answers: {}, assessments: {} }),
};

const optionExample = {
  name: 'openDesk beim Landesdienstleister',
  vendorName: 'Dataport AöR (fiktiv)',
  serviceName: 'openDesk',
  offer: offerExample,
};

export const CreateOptionInput = z
  .strictObject(optionFields)
  .meta({ id: 'CreateOptionInput', examples: [optionExample] });
export type CreateOptionInput = z.output<typeof CreateOptionInput>;

/** The whole option as it is to be; fields left out are cleared. */
export const UpdateOptionInput = z
  .strictObject({ ...optionFields, version: RecordVersion })
  .meta({ id: 'UpdateOptionInput', examples: [{ ...optionExample, version: 2 }] });
export type UpdateOptionInput = z.output<typeof UpdateOptionInput>;

const optionResponseExample = {
  id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
  reviewId: '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60',
  ...optionExample,
  checkedAgainstSchemeVersion: 2,
  registrySource: null,
  version: 2,
  createdBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  createdAt: '2026-12-05T11:00:00.000Z',
  updatedBy: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f',
  updatedAt: '2026-12-06T08:15:00.000Z',
};

/** The published self-assessment version an option was taken from, as the option cites it. */
export const OptionRegistrySource = z
  .strictObject({
    serviceId: ResourceId,
    versionId: ResourceId,
    versionNumber: z.int().min(1),
    publishedAt: Timestamp,
    /** SHA-256 of the published version's canonical `{ content, vendor }`. */
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'OptionRegistrySource' });
export type OptionRegistrySource = z.output<typeof OptionRegistrySource>;

export const OptionResponse = z
  .strictObject({
    id: ResourceId,
    reviewId: ResourceId,
    name: z.string(),
    vendorName: z.string().nullable(),
    serviceName: z.string().nullable(),
    offer: OptionOffer,
    checkedAgainstSchemeVersion: z
      .int()
      .min(1)
      .nullable()
      .meta({
        description:
          'The scheme version the offer’s criteria were checked against when it was last saved; ' +
          'older than the review’s latest version means the offer may name criteria that changed',
      }),
    registrySource: OptionRegistrySource.nullable().meta({
      description:
        'The published self-assessment version of the registry the option was taken from; null ' +
        'for an option entered by hand',
    }),
    version: RecordVersion,
    createdBy: ResourceId,
    createdAt: Timestamp,
    updatedBy: ResourceId,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'OptionResponse',
    examples: [optionResponseExample],
  });
export type OptionResponse = z.output<typeof OptionResponse>;

export const OptionListQuery = z.strictObject(pageQueryFields);
export type OptionListQuery = z.output<typeof OptionListQuery>;

export const OptionListResponse = z
  .strictObject({ options: z.array(OptionResponse), nextCursor: NextCursor })
  .meta({
    id: 'OptionListResponse',
    description: 'The options in the order they were added',
    examples: [{ options: [optionResponseExample], nextCursor: null }],
  });
export type OptionListResponse = z.output<typeof OptionListResponse>;

export const OptionParams = z.strictObject({
  reviewId: ResourceId.meta({ param: { name: 'reviewId', in: 'path' } }),
  optionId: ResourceId.meta({
    param: { name: 'optionId', in: 'path' },
    examples: ['2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182'],
  }),
});

export const DeleteOptionQuery = z.strictObject({
  version: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number')
    .transform(Number)
    .optional()
    .meta({
      description:
        'The version you read: when given, the deletion is refused with 409 if the option ' +
        'changed since',
      examples: ['2'],
    }),
});
export type DeleteOptionQuery = z.output<typeof DeleteOptionQuery>;
