import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { UserRole } from '../administration/users.ts';
import { CalendarDate } from '../evaluation/common.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { optionsReviewStatusNames } from '../vocabularies.ts';

export const OptionsReviewStatus = z.enum(optionsReviewStatusNames).meta({
  id: 'OptionsReviewStatus',
  description:
    '`draft`: scheme and options are being prepared; `inReview`: the members review the ' +
    'options (scheme and options may still change, each change a new version); `concluded`: ' +
    'read-only, with the commitment of the scheme version used',
});
export type OptionsReviewStatus = z.output<typeof OptionsReviewStatus>;

const Title = z.string().trim().min(1).max(200);
const Purpose = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({ description: 'What the review is to decide, and for whom' });
const ReferenceDate = CalendarDate.meta({
  description:
    'The date as of which evidence (attestations, certificates) is judged; every scheme ' +
    'version of the review carries it as its `submissionDeadline`',
  examples: ['2027-01-15'],
});

/** A version counter: every change of the review (or of an option) adds one. */
export const RecordVersion = z
  .int()
  .min(1)
  .meta({
    description:
      'Counts the changes; send the version you read with a change, and the change is refused ' +
      'with 409 if somebody else changed it since',
    examples: [3],
  });

export const CreateOptionsReviewInput = z
  .strictObject({ title: Title, purpose: Purpose, referenceDate: ReferenceDate })
  .meta({
    id: 'CreateOptionsReviewInput',
    examples: [
      {
        title: 'Kollaborationsplattform für 4.000 Arbeitsplätze',
        purpose:
          'Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: ' +
          'die bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister ' +
          'und eine deutsche souveräne Cloud.',
        referenceDate: '2027-01-15',
      },
    ],
  });
export type CreateOptionsReviewInput = z.output<typeof CreateOptionsReviewInput>;

export const UpdateOptionsReviewInput = z
  .strictObject({
    title: Title.optional(),
    purpose: Purpose.optional(),
    referenceDate: ReferenceDate.optional(),
    version: RecordVersion,
  })
  .refine(
    (input) =>
      input.title !== undefined || input.purpose !== undefined || input.referenceDate !== undefined,
    { message: 'Name at least one of title, purpose and referenceDate', path: ['title'] },
  )
  .meta({
    id: 'UpdateOptionsReviewInput',
    examples: [{ referenceDate: '2027-02-01', version: 3 }],
  });
export type UpdateOptionsReviewInput = z.output<typeof UpdateOptionsReviewInput>;

export const ChangeOptionsReviewStatusInput = z
  .strictObject({ status: OptionsReviewStatus })
  .meta({ id: 'ChangeOptionsReviewStatusInput', examples: [{ status: 'inReview' }] });
export type ChangeOptionsReviewStatusInput = z.output<typeof ChangeOptionsReviewStatusInput>;

export const OptionsReviewMember = z
  .strictObject({
    userId: ResourceId,
    displayName: z.string(),
    role: UserRole,
    lead: z.boolean().meta({ description: 'Whether this member is the lead officer' }),
    addedAt: Timestamp,
  })
  .meta({ id: 'OptionsReviewMember' });
export type OptionsReviewMember = z.output<typeof OptionsReviewMember>;

export const OptionsReviewConclusion = z
  .strictObject({
    concludedAt: Timestamp,
    schemeVersion: z.int().min(1).meta({ description: 'The scheme version the review used' }),
    schemeCommitment: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          'SHA-256 of that scheme version in RFC 8785 canonical JSON (docs/canonical-form.md)',
      }),
    weightAdoptionId: ResourceId.nullable().meta({
      description:
        'The weight adoption in force for that scheme version when the review concluded; null ' +
        'when the lead adopted none (the scheme’s own weights apply)',
    }),
  })
  .meta({ id: 'OptionsReviewConclusion' });

const reviewFields = {
  id: ResourceId,
  organisationId: ResourceId.meta({ description: 'The authority that owns the review' }),
  title: z.string(),
  purpose: z.string(),
  referenceDate: CalendarDate,
  status: OptionsReviewStatus,
  leadUserId: ResourceId,
  latestSchemeVersion: z
    .int()
    .min(1)
    .nullable()
    .meta({ description: 'Null until a scheme is saved' }),
  optionCount: z.int().min(0),
  version: RecordVersion,
  createdBy: ResourceId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  conclusion: OptionsReviewConclusion.nullable().meta({
    description: 'Set when the review is concluded',
  }),
};

const exampleIds = {
  review: '7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60',
  authority: '0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11',
  lead: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  reviewer: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
};

const summaryExample = {
  id: exampleIds.review,
  organisationId: exampleIds.authority,
  title: 'Kollaborationsplattform für 4.000 Arbeitsplätze',
  purpose:
    'Der IT-Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung: die ' +
    'bisherige Suite eines Hyperscalers, einen openDesk-Stack beim Landesdienstleister und eine ' +
    'deutsche souveräne Cloud.',
  referenceDate: '2027-01-15',
  status: 'inReview',
  leadUserId: exampleIds.lead,
  latestSchemeVersion: 4,
  optionCount: 3,
  version: 6,
  createdBy: exampleIds.lead,
  createdAt: '2026-12-04T09:30:00.000Z',
  updatedAt: '2026-12-09T14:05:00.000Z',
  conclusion: null,
} as const;

/** A review in a list: without its members, with its lead's name. */
export const OptionsReviewSummary = z
  .strictObject({
    ...reviewFields,
    leadDisplayName: z.string().meta({ description: 'The name of the lead officer' }),
  })
  .meta({
    id: 'OptionsReviewSummary',
    examples: [{ ...summaryExample, leadDisplayName: 'Erika Muster' }],
  });
export type OptionsReviewSummary = z.output<typeof OptionsReviewSummary>;

export const OptionsReviewResponse = z
  .strictObject({
    ...reviewFields,
    members: z
      .array(OptionsReviewMember)
      .meta({ description: 'Everybody who takes part, the lead included; lead first' }),
  })
  .meta({
    id: 'OptionsReviewResponse',
    examples: [
      {
        ...summaryExample,
        members: [
          {
            userId: exampleIds.lead,
            displayName: 'Erika Muster',
            role: 'officer',
            lead: true,
            addedAt: '2026-12-04T09:30:00.000Z',
          },
          {
            userId: exampleIds.reviewer,
            displayName: 'Jonas Beispiel',
            role: 'reviewer',
            lead: false,
            addedAt: '2026-12-04T09:41:00.000Z',
          },
        ],
      },
    ],
  });
export type OptionsReviewResponse = z.output<typeof OptionsReviewResponse>;

export const OptionsReviewListQuery = z.strictObject({
  ...pageQueryFields,
  status: OptionsReviewStatus.optional().meta({ description: 'Only reviews in this status' }),
});
export type OptionsReviewListQuery = z.output<typeof OptionsReviewListQuery>;

export const OptionsReviewListResponse = z
  .strictObject({ reviews: z.array(OptionsReviewSummary), nextCursor: NextCursor })
  .meta({
    id: 'OptionsReviewListResponse',
    description: 'The reviews the caller takes part in, newest first',
    examples: [
      { reviews: [{ ...summaryExample, leadDisplayName: 'Erika Muster' }], nextCursor: null },
    ],
  });
export type OptionsReviewListResponse = z.output<typeof OptionsReviewListResponse>;

export const OptionsReviewParams = z.strictObject({
  reviewId: ResourceId.meta({
    param: { name: 'reviewId', in: 'path' },
    examples: [exampleIds.review],
  }),
});
