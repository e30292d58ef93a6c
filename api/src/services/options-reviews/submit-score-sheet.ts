import type { ScoringResponse, SubmitScoreSheetInput } from '@tenderwise/schema';
import { listOptionIds } from '../../db/repositories/options-review-options.ts';
import {
  findScoreSheet,
  listScoresOf,
  markSheetSubmitted,
  replaceDraftScores,
} from '../../db/repositories/options-review-scores.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';
import { readScoring } from './read-scoring.ts';
import { changeReview } from './review-steps.ts';
import { ordinalScales, scoredSchemeVersion } from './scoring-rules.ts';

/**
 * Submits the caller's saved sheet for the latest scheme version: complete (every option scored
 * on every ordinal criterion), it becomes final, and the caller sees the others' submitted
 * scores from then on. An incomplete sheet is refused (409) and stays a draft.
 */
export async function submitScoreSheet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SubmitScoreSheetInput & { reviewId: string };
}): Promise<ScoringResponse> {
  const { reviewId, schemeVersion } = input;
  return changeReview(
    ctx,
    {
      operationId: 'submitOptionsReviewScoreSheet',
      reviewId,
      action: 'options_review.scores.submitted',
    },
    async ({ trx, current, now, caller }) => {
      const { scheme } = await scoredSchemeVersion(trx, reviewId, schemeVersion);
      const key = { reviewId, schemeVersion, userId: caller.userId };
      const sheet = await findScoreSheet(trx, key);
      if (sheet?.submitted_at != null) {
        throw new ConflictError('Your score sheet is already submitted.');
      }
      const scored = new Set(
        (await listScoresOf(trx, reviewId, schemeVersion, [caller.userId])).map(
          (row) => `${row.option_id}/${row.criterion_id}`,
        ),
      );
      const criteria = [...ordinalScales(scheme).keys()];
      const missing = (await listOptionIds(trx, reviewId)).flatMap((optionId) =>
        criteria.filter((criterionId) => !scored.has(`${optionId}/${criterionId}`)),
      );
      if (missing.length > 0) {
        throw new ConflictError(
          `Your score sheet is not complete: ${missing.length} scores are missing. ` +
            'Score every option on every criterion and save before submitting.',
        );
      }
      // With nothing to score (no ordinal criterion or no option) there may be no draft yet.
      if (sheet === undefined) await replaceDraftScores(trx, key, [], now);
      await markSheetSubmitted(trx, key, now);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.scores.submitted',
        object: reviewRef(reviewId),
        after: { schemeVersion, userId: caller.userId, submittedAt: now.toISOString() },
      });
      return readScoring(trx, { access: current, userId: caller.userId, schemeVersion });
    },
  );
}
