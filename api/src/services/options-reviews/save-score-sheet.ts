import type { SaveScoreSheetInput, ScoringResponse } from '@tenderwise/schema';
import { listOptionIds } from '../../db/repositories/options-review-options.ts';
import { findScoreSheet, replaceDraftScores } from '../../db/repositories/options-review-scores.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';
import { readScoring } from './read-scoring.ts';
import { changeReview } from './review-steps.ts';
import { checkScores, ordinalScales, scoredSchemeVersion } from './scoring-rules.ts';

/**
 * Saves the caller's draft score sheet for the latest scheme version, for the members who take
 * part, while the review is not concluded: the scores sent replace the draft's. A submitted
 * sheet is final and refused (409).
 */
export async function saveScoreSheet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveScoreSheetInput & { reviewId: string };
}): Promise<ScoringResponse> {
  const { reviewId, schemeVersion } = input;
  return changeReview(
    ctx,
    { operationId: 'saveOptionsReviewScoreSheet', reviewId, action: 'options_review.scores.saved' },
    async ({ trx, current, now, caller }) => {
      const { scheme } = await scoredSchemeVersion(trx, reviewId, schemeVersion);
      const key = { reviewId, schemeVersion, userId: caller.userId };
      const sheet = await findScoreSheet(trx, key);
      if (sheet?.submitted_at != null) {
        throw new ConflictError('Your score sheet is submitted and final for this version.');
      }
      checkScores(
        input.scores,
        ordinalScales(scheme),
        new Set(await listOptionIds(trx, reviewId)),
        (index, field) => `/scores/${index}/${field}`,
      );
      await replaceDraftScores(trx, key, input.scores, now);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.scores.saved',
        object: reviewRef(reviewId),
        after: { schemeVersion, userId: caller.userId, scores: input.scores },
      });
      return readScoring(trx, { access: current, userId: caller.userId, schemeVersion });
    },
  );
}
