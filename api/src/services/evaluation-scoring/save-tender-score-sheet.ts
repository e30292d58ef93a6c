import type { SaveTenderScoreSheetInput, TenderScoringResponse } from '@tenderwise/schema';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { readTenderScoring } from './read-scoring.ts';
import { listSheets, replaceSheetScores } from './score-rows.ts';
import { checkScores, lotBids, ordinalScales, scoredScheme } from './scoring-rules.ts';

/**
 * Saves the caller's unsubmitted score sheet of a lot: the scores sent replace the sheet's. Each
 * names a bid still in the procedure and an ordinal criterion, lies on its published scale and
 * carries a justification against the anchors (the request schema refuses one without). A
 * submitted sheet is final (409).
 */
export async function saveTenderScoreSheet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveTenderScoreSheetInput & { tenderId: string; lotNumber: number };
}): Promise<TenderScoringResponse> {
  const { tenderId, lotNumber } = input;
  return changeTender(
    ctx,
    { operationId: 'saveTenderScoreSheet', tenderId, action: 'tender.evaluation.scores_saved' },
    async ({ trx, current, now, caller }) => {
      const lot = { tenderId, lotNumber };
      const { scheme } = await scoredScheme(trx, tenderId, lotNumber);
      const sheet = (await listSheets(trx, lot)).find((row) => row.user_id === caller.userId);
      if (sheet?.submitted_at != null) {
        throw new ConflictError('Your score sheet of this lot is submitted and final.');
      }
      checkScores(
        input.scores,
        ordinalScales(scheme),
        await lotBids(trx, tenderId, lotNumber),
        (index, field) => ({ in: 'body', pointer: `/scores/${index}/${field}` }),
      );
      await replaceSheetScores(trx, lot, caller.userId, input.scores, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.scores_saved',
        object: tenderRef(tenderId),
        after: { lotNumber, userId: caller.userId, scores: input.scores },
      });
      return readTenderScoring(trx, { access: current, userId: caller.userId, lotNumber });
    },
  );
}
