import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { UserRole } from '../administration/users.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';

const UserId = ResourceId.meta({
  description: 'A user of the review’s authority with the role officer or reviewer',
  examples: ['9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'],
});

export const AddOptionsReviewMemberInput = z.strictObject({ userId: UserId }).meta({
  id: 'AddOptionsReviewMemberInput',
  examples: [{ userId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' }],
});
export type AddOptionsReviewMemberInput = z.output<typeof AddOptionsReviewMemberInput>;

export const TransferOptionsReviewLeadInput = z
  .strictObject({
    userId: ResourceId.meta({
      description: 'A member of the review with the role officer',
      examples: ['3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f'],
    }),
  })
  .meta({
    id: 'TransferOptionsReviewLeadInput',
    examples: [{ userId: '3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f' }],
  });
export type TransferOptionsReviewLeadInput = z.output<typeof TransferOptionsReviewLeadInput>;

export const OptionsReviewMemberParams = z.strictObject({
  reviewId: ResourceId.meta({ param: { name: 'reviewId', in: 'path' } }),
  userId: ResourceId.meta({ param: { name: 'userId', in: 'path' } }),
});

/** A user the lead may add to the review: an active officer or reviewer of its authority. */
export const OptionsReviewMemberCandidate = z
  .strictObject({ userId: ResourceId, displayName: z.string(), role: UserRole })
  .meta({ id: 'OptionsReviewMemberCandidate' });
export type OptionsReviewMemberCandidate = z.output<typeof OptionsReviewMemberCandidate>;

export const OptionsReviewMemberCandidateListQuery = z.strictObject(pageQueryFields);
export type OptionsReviewMemberCandidateListQuery = z.output<
  typeof OptionsReviewMemberCandidateListQuery
>;

export const OptionsReviewMemberCandidateListResponse = z
  .strictObject({ candidates: z.array(OptionsReviewMemberCandidate), nextCursor: NextCursor })
  .meta({
    id: 'OptionsReviewMemberCandidateListResponse',
    description:
      'The active officers and reviewers of the review’s authority who do not take part yet, ' +
      'in the order their accounts were created',
    examples: [
      {
        candidates: [
          {
            userId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
            displayName: 'Jonas Beispiel',
            role: 'reviewer',
          },
        ],
        nextCursor: null,
      },
    ],
  });
export type OptionsReviewMemberCandidateListResponse = z.output<
  typeof OptionsReviewMemberCandidateListResponse
>;
