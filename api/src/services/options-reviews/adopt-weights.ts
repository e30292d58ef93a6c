import type { AdoptWeightsInput, WeightingResponse } from '@tenderwise/schema';
import {
  insertWeightAdoption,
  listWeightAdoptions,
  listWeightSets,
} from '../../db/repositories/options-review-weights.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { inTreeOrder, weightsIssues } from '../../domain/options-reviews/adopted-weights.ts';
import { groupWeights } from '../../domain/options-reviews/weight-sets.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';
import { adoptionView, readWeighting, weighedSetOf } from './read-weighting.ts';
import { changeReview } from './review-steps.ts';
import { weightedScheme } from './weighting-rules.ts';

/**
 * The lead adopts weights for the latest scheme version, with a reason: the group's geometric
 * mean, the group's mean, one member's set, or explicit weights. Adoptions are appended, never
 * replaced; the latest is the review's adopted weights for that version.
 */
export async function adoptWeights({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AdoptWeightsInput & { reviewId: string };
}): Promise<WeightingResponse> {
  const { reviewId, schemeVersion } = input;
  return changeReview(
    ctx,
    {
      operationId: 'adoptOptionsReviewWeights',
      reviewId,
      action: 'options_review.weights.adopted',
    },
    async ({ trx, now, caller }) => {
      const scheme = await weightedScheme(trx, reviewId, schemeVersion);
      const rows = await listWeightSets(trx, reviewId, schemeVersion);
      let weights: Record<string, number>;
      switch (input.kind) {
        case 'geometricMean':
        case 'mean': {
          const group = groupWeights(
            scheme,
            rows.map((row) => weighedSetOf(scheme, row)),
          )[input.kind];
          if (group.weightsBp === null) {
            const missing = group.sets.filter((set) => set.weightsBp === null);
            throw new ConflictError(
              `The group has no ${input.kind === 'mean' ? 'weights' : 'pairwise judgements'} ` +
                `for ${missing.map((set) => set.parentId ?? 'the top level').join(', ')} yet.`,
            );
          }
          weights = group.weightsBp;
          break;
        }
        case 'member': {
          const row = rows.find((item) => item.user_id === input.memberUserId);
          if (row === undefined) {
            throw new ValidationError('The member has no weight set for this scheme version.', [
              {
                in: 'body',
                pointer: '/memberUserId',
                detail: 'No member of this review saved a weight set under this id.',
              },
            ]);
          }
          weights = JSON.parse(row.weights) as Record<string, number>;
          break;
        }
        case 'custom': {
          const given = input.weightsBp ?? {};
          const issues = weightsIssues(scheme, given, '/weightsBp');
          if (issues.length > 0) {
            throw new ValidationError('The weights do not fit the scheme.', issues);
          }
          weights = inTreeOrder(scheme, given);
          break;
        }
      }
      const earlier = await listWeightAdoptions(trx, reviewId, schemeVersion);
      const row = await insertWeightAdoption(trx, {
        review_id: reviewId,
        scheme_version: schemeVersion,
        number: earlier.length + 1,
        kind: input.kind,
        member_user_id: input.kind === 'member' ? input.memberUserId! : null,
        weights: canonicalJson(weights),
        reason: input.reason,
        adopted_by: caller.userId,
        adopted_at: now,
      });
      const previous = earlier.at(-1);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.weights.adopted',
        object: reviewRef(reviewId),
        ...(previous !== undefined && { before: adoptionView(previous) }),
        after: adoptionView(row),
      });
      return readWeighting(trx, { reviewId, schemeVersion });
    },
  );
}
