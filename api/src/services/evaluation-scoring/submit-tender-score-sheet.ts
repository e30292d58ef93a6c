import type { TenderScoringResponse } from '@tenderwise/schema';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { readTenderScoring } from './read-scoring.ts';
import { listScoresOf, listSheets, markSubmitted, replaceSheetScores } from './score-rows.ts';
import { lotBids, ordinalScales, scoredScheme } from './scoring-rules.ts';

/**
 * Submits the caller's saved sheet of a lot. It must be complete: a score for every bid still in
 * the procedure on every ordinal criterion (every bid is evaluated on every published criterion,
 * § 127 (1) GWB, § 58 (2) VgV); otherwise 422 listing what is missing, and the sheet stays open.
 * Submitted, it is final, and the caller sees the others' submitted scores from then on.
 */
export async function submitTenderScoreSheet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number };
}): Promise<TenderScoringResponse> {
  const { tenderId, lotNumber } = input;
  return changeTender(
    ctx,
    {
      operationId: 'submitTenderScoreSheet',
      tenderId,
      action: 'tender.evaluation.scores_submitted',
    },
    async ({ trx, current, now, caller }) => {
      const lot = { tenderId, lotNumber };
      const { scheme } = await scoredScheme(trx, tenderId, lotNumber);
      const sheet = (await listSheets(trx, lot)).find((row) => row.user_id === caller.userId);
      if (sheet?.submitted_at != null) {
        throw new ConflictError('Your score sheet of this lot is already submitted.');
      }
      const scores = await listScoresOf(trx, lot, [caller.userId]);
      const scored = new Set(scores.map((row) => `${row.bid_id}/${row.criterion_id}`));
      const criteria = [...ordinalScales(scheme).keys()];
      const missing = (await lotBids(trx, tenderId, lotNumber)).inProcedure.flatMap((bid) =>
        criteria
          .filter((criterionId) => !scored.has(`${bid.id}/${criterionId}`))
          .map((criterionId) => ({ bidId: bid.id, criterionId })),
      );
      if (missing.length > 0) {
        throw new ValidationError(
          `Your score sheet is not complete: ${missing.length} score(s) missing. Every bid in ` +
            'the procedure is scored on every ordinal criterion (§ 127 Abs. 1 GWB, § 58 Abs. 2 ' +
            'VgV); save them, then submit.',
          missing.map((item) => ({
            in: 'body',
            pointer: '',
            detail: `Bid ${item.bidId} is not scored on "${item.criterionId}".`,
          })),
        );
      }
      // With nothing to score (no ordinal criterion or no bid) there may be no sheet yet.
      if (sheet === undefined) await replaceSheetScores(trx, lot, caller.userId, [], now);
      await markSubmitted(trx, lot, caller.userId, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.scores_submitted',
        object: tenderRef(tenderId),
        after: {
          lotNumber,
          userId: caller.userId,
          submittedAt: now.toISOString(),
          scores: scores.map((row) => ({
            bidId: row.bid_id,
            criterionId: row.criterion_id,
            score: row.score,
            justification: row.justification,
          })),
        },
      });
      return readTenderScoring(trx, { access: current, userId: caller.userId, lotNumber });
    },
  );
}
