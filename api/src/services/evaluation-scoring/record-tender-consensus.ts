import type { RecordTenderConsensusInput, TenderScoringResponse } from '@tenderwise/schema';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { allSubmitted, panelOf, submittedSheets } from './panel.ts';
import { readTenderScoring } from './read-scoring.ts';
import { listConsensus, listScoresOf, listSheets, upsertConsensus } from './score-rows.ts';
import { checkScores, lotBids, ordinalScales, scoredScheme } from './scoring-rules.ts';

/**
 * Records (or replaces) the panel's consensus score of one bid on one ordinal criterion, with the
 * joint justification against the anchors: what the evaluation rests on, never a mean or median
 * of the individual scores, which nobody justified (BGH, 4 April 2017, X ZB 3/17). Only once every
 * evaluator of the team has submitted, so that no individual score follows the consensus. Where
 * the submitted scores lie further apart than the scheme's divergence threshold, only the
 * tender's lead records it, with the reason for the level chosen (the record of the procedure,
 * § 8 (1) VgV).
 */
export async function recordTenderConsensus({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordTenderConsensusInput & {
    tenderId: string;
    lotNumber: number;
    bidId: string;
    criterionId: string;
  };
}): Promise<TenderScoringResponse> {
  const { tenderId, lotNumber, bidId, criterionId } = input;
  return changeTender(
    ctx,
    {
      operationId: 'recordTenderConsensus',
      tenderId,
      action: 'tender.evaluation.consensus_recorded',
    },
    async ({ trx, current, now, caller }) => {
      const lot = { tenderId, lotNumber };
      const { scheme } = await scoredScheme(trx, tenderId, lotNumber);
      checkScores(
        [input],
        ordinalScales(scheme),
        await lotBids(trx, tenderId, lotNumber),
        (_, field) =>
          field === 'score'
            ? { in: 'body', pointer: '/score' }
            : { in: 'path', pointer: `/${field}` },
      );
      const panel = panelOf(current.team);
      const sheets = await listSheets(trx, lot);
      const submitted = submittedSheets(sheets, panel);
      if (!allSubmitted(sheets, panel)) {
        throw new ConflictError(
          `A consensus is recorded once every evaluator of the team has submitted: ` +
            `${submitted.length} of ${panel.length} have.`,
        );
      }
      const individual = (
        await listScoresOf(
          trx,
          lot,
          submitted.map((sheet) => sheet.user_id),
        )
      )
        .filter((row) => row.bid_id === bidId && row.criterion_id === criterionId)
        .map((row) => row.score);
      const spread =
        individual.length === 0 ? 0 : Math.max(...individual) - Math.min(...individual);
      const diverging = spread > scheme.divergenceThreshold;
      if (diverging && current.tender.lead_user_id !== caller.userId) {
        throw new ForbiddenError(
          `The evaluators' scores lie ${spread} points apart, more than the scheme's threshold ` +
            `of ${scheme.divergenceThreshold}: only the tender's lead records this consensus, ` +
            'with the reason for the level chosen (§ 8 Abs. 1 VgV).',
        );
      }
      if (diverging && input.resolution === undefined) {
        throw new ValidationError(
          'The scores diverge beyond the threshold: give the reason for the level chosen.',
          [
            {
              in: 'body',
              pointer: '/resolution',
              detail:
                `The evaluators' scores lie ${spread} points apart (threshold ` +
                `${scheme.divergenceThreshold}): the lead's reason is required (§ 8 Abs. 1 VgV).`,
            },
          ],
        );
      }
      const before = (await listConsensus(trx, lot)).find(
        (row) => row.bid_id === bidId && row.criterion_id === criterionId,
      );
      const row = await upsertConsensus(trx, lot, {
        bidId,
        criterionId,
        score: input.score,
        justification: input.justification,
        resolution: input.resolution ?? null,
        by: caller.userId,
        at: now,
      });
      const state = (values: typeof row) => ({
        lotNumber,
        bidId,
        criterionId,
        score: values.score,
        justification: values.justification,
        resolution: values.resolution,
        recordedBy: values.recorded_by,
      });
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.consensus_recorded',
        object: tenderRef(tenderId),
        ...(before !== undefined && { before: state(before) }),
        after: state(row),
      });
      return readTenderScoring(trx, { access: current, userId: caller.userId, lotNumber });
    },
  );
}
