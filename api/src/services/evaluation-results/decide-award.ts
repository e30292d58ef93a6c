import type { AwardDecision, DecideAwardRequest } from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { TenderAwardDecisionTable } from '../../db/tables/evaluation.ts';
import type { DB } from '../../db/types.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors.ts';
import { mayDecideAward, openStages } from '../../domain/evaluation-stages/stages.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { awardStageSource } from '../tender-evaluation/award-source.ts';
import { listEvaluatedBids } from '../tender-evaluation/evaluated-bids.ts';
import {
  domainStages,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
} from '../tender-evaluation/stage-statuses.ts';
import { listLots } from '../tender-schemes/scheme-rows.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The lead officer decides that the evaluation is complete: every lot has an official result
 * still current, and every bid still in the procedure has passed every stage, suitability
 * included (§ 42 (3) VgV allows the result before suitability, never the award), so that the
 * award goes to the most economically advantageous bid by the published criteria (§ 127 GWB,
 * § 58 VgV). The decision names the results it rests on; the tender moves to `evaluated`.
 */
export async function decideAward({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DecideAwardRequest & { tenderId: string };
}): Promise<AwardDecision> {
  const { tenderId } = input;
  return changeTender(
    ctx,
    { operationId: 'decideAward', tenderId, action: 'tender.evaluation.award_decided' },
    async ({ trx, current, now, caller }) => {
      if (current.tender.lead_user_id !== caller.userId) {
        throw new ForbiddenError('The award decision is the tender’s lead officer’s.');
      }
      const today = berlinDayOf(now.toISOString()).toString();
      if (input.suitabilityReconfirmedOn > today) {
        throw new ValidationError('The suitability cannot be reconfirmed on a day still to come.', [
          {
            in: 'body',
            pointer: '/suitabilityReconfirmedOn',
            detail: `Not after today, ${today}.`,
          },
        ]);
      }
      const results = await completeResults(trx, tenderId);
      const row = await trx
        .insertInto('tender_award_decision')
        .values({
          tender_id: tenderId,
          results: canonicalJson(
            Object.fromEntries(results.map((item) => [String(item.lotNumber), item.resultNumber])),
          ),
          suitability_reconfirmed_on: input.suitabilityReconfirmedOn,
          reasons: input.reasons,
          decided_by: caller.userId,
          decided_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('tender')
        .set({ state: 'evaluated', version: current.tender.version + 1, updated_at: now })
        .where('id', '=', tenderId)
        .execute();
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.award_decided',
        object: tenderRef(tenderId),
        before: { state: current.tender.state },
        after: {
          state: 'evaluated',
          results,
          suitabilityReconfirmedOn: input.suitabilityReconfirmedOn,
        },
      });
      return awardDecisionView(row);
    },
  );
}

/**
 * The result number of every lot, when each is current and no stage of any bid is open; a 409
 * lists what is missing otherwise.
 */
async function completeResults(
  db: Db,
  tenderId: string,
): Promise<{ lotNumber: number; resultNumber: number }[]> {
  const lots = await listLots(db, tenderId);
  const bids = await listEvaluatedBids(db, tenderId);
  const ids = bids.map((bid) => bid.id);
  const [decisions, running] = await Promise.all([
    latestStageDecisions(db, ids),
    runningExchanges(db, ids),
  ]);
  const results: { lotNumber: number; resultNumber: number }[] = [];
  const missing: string[] = [];
  const stages: Parameters<typeof openStages>[0][number][] = [];
  for (const lot of lots) {
    const award = await awardStageSource(db, tenderId, lot.number);
    const lotBids = bids.filter((item) => item.lotNumber === lot.number);
    // A lot that received no bid has nothing to rank and nothing to award.
    if (award.result === null && lotBids.length === 0) continue;
    if (award.result === null) missing.push(`lot ${lot.number} has no official result`);
    else if (!award.current)
      missing.push(`lot ${lot.number}’s result is no longer current; compute it again`);
    else results.push({ lotNumber: lot.number, resultNumber: award.result.number });
    for (const bid of lotBids) {
      const views = stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), award);
      stages.push({ bidId: bid.id, stages: domainStages(views) });
    }
  }
  const open = openStages(stages);
  if (missing.length > 0 || open.length > 0 || !mayDecideAward(stages)) {
    const listed = open.slice(0, 30).map((item) => `${item.stage} of bid ${item.bidId}`);
    const more = open.length > 30 ? ` and ${open.length - 30} more` : '';
    const parts = [
      ...missing,
      ...(open.length > 0 ? [`stages still open: ${listed.join(', ')}${more}`] : []),
      ...(open.length === 0 && missing.length === 0 ? ['no bid has passed every stage'] : []),
    ];
    throw new ConflictError(
      `No award decision with a stage incomplete: every bid still in the procedure must have passed the formal check, suitability, the price check and the award stage (§§ 122, 127 GWB, §§ 57, 58, 60 VgV). Open: ${parts.join('; ')}.`,
    );
  }
  return results;
}

export function awardDecisionView(row: Selectable<TenderAwardDecisionTable>): AwardDecision {
  const results = JSON.parse(row.results) as Record<string, number>;
  return {
    tenderId: row.tender_id,
    results: Object.entries(results)
      .map(([lot, number]) => ({ lotNumber: Number(lot), resultNumber: number }))
      .sort((a, b) => a.lotNumber - b.lotNumber),
    suitabilityReconfirmedOn: row.suitability_reconfirmed_on,
    reasons: row.reasons,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at.toISOString(),
  };
}
