import type { RecordConsensusInput, ScoringResponse } from '@tenderwise/schema';
import { listOptionIds } from '../../db/repositories/options-review-options.ts';
import { listScoreSheets, upsertConsensus } from '../../db/repositories/options-review-scores.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';
import { readScoring } from './read-scoring.ts';
import { changeReview } from './review-steps.ts';
import { checkScores, ordinalScales, scoredSchemeVersion } from './scoring-rules.ts';

/** Fewer submitted sheets than this give nothing to weigh together. */
const sheetsForConsensus = 2;

/**
 * Records (or replaces) the lead's consensus score of one option on one ordinal criterion of the
 * latest scheme version, with the group's joint justification, once at least two members have
 * submitted their sheets and while the review is not concluded.
 */
export async function recordConsensus({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordConsensusInput & { reviewId: string };
}): Promise<ScoringResponse> {
  const { reviewId, schemeVersion } = input;
  return changeReview(
    ctx,
    {
      operationId: 'recordOptionsReviewConsensus',
      reviewId,
      action: 'options_review.consensus.recorded',
    },
    async ({ trx, current, now, caller }) => {
      const { scheme } = await scoredSchemeVersion(trx, reviewId, schemeVersion);
      checkScores(
        [input],
        ordinalScales(scheme),
        new Set(await listOptionIds(trx, reviewId)),
        (_, field) => `/${field}`,
      );
      const submitted = (await listScoreSheets(trx, reviewId, schemeVersion)).filter(
        (sheet) => sheet.submitted_at !== null,
      );
      if (submitted.length < sheetsForConsensus) {
        throw new ConflictError(
          `A consensus needs at least ${sheetsForConsensus} submitted score sheets; ` +
            `${submitted.length} submitted so far.`,
        );
      }
      const row = await upsertConsensus(
        trx,
        { reviewId, schemeVersion },
        { ...input, by: caller.userId, at: now },
      );
      await auditReviewChange(trx, ctx, {
        action: 'options_review.consensus.recorded',
        object: reviewRef(reviewId),
        after: {
          schemeVersion,
          optionId: row.option_id,
          criterionId: row.criterion_id,
          score: row.score,
          justification: row.justification,
        },
      });
      return readScoring(trx, { access: current, userId: caller.userId, schemeVersion });
    },
  );
}
