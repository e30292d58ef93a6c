import type { RecordStageDecisionInput, StageDecisionView } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import type { DecidedStage } from '../../db/tables/evaluation.ts';
import type { DB } from '../../db/types.ts';
import { stageBases } from '../../domain/evaluation-stages/stages.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { berlinToday } from './berlin-days.ts';
import {
  bidsInProcedure,
  evaluatedBid,
  lotScheme,
  lotStanding,
  requireWorkable,
} from './lot-standing.ts';
import { contractValueOf, priceFlagsOf } from './price-flags.ts';
import { decisionIssues } from './stage-rules.ts';
import { stageDecisionView } from './views.ts';

/**
 * Records an officer's decision of one stage for one bid, as a new numbered row: a later decision
 * of the stage supersedes an earlier one, none is ever changed. The formal check comes first and
 * nothing follows an exclusion; no stage is decided while a request or clarification of it for
 * the bid is undecided; the price check never excludes, nor passes a flagged bid, without a
 * decided clarification of the price (§ 60 (1)–(3) VgV).
 */
export async function recordStageDecision({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    tenderId: string;
    bidId: string;
    stage: DecidedStage;
    decision: RecordStageDecisionInput;
  };
}): Promise<StageDecisionView> {
  const { tenderId, bidId, stage, decision } = input;
  return changeTender(
    ctx,
    { operationId: 'recordStageDecision', tenderId, action: 'tender.evaluation.stage_decided' },
    async ({ trx, current, now, caller }) => {
      const bid = await evaluatedBid(trx, tenderId, bidId);
      const standing = await lotStanding(trx, tenderId, bid.lotNumber);
      const views = standing.views.get(bidId)!;
      requireWorkable(views, stage);
      if (views[stage].state === 'waiting') {
        throw new ConflictError(
          'A request for a missing document or a clarification of this stage is still ' +
            'undecided for the bid: decide it first (§ 56 VgV, § 15 Abs. 5 VgV).',
        );
      }
      const scheme = await lotScheme(trx, tenderId, bid.lotNumber);
      if (scheme === null) throw new ConflictError('The lot has no published scheme.');
      const value = contractValueOf(current.tender);
      const issues = decisionIssues({
        stage,
        decision,
        scheme,
        contractValue: value === null ? null : Number(value.value),
        today: berlinToday(now),
      });
      if (issues.length > 0) throw new ValidationError('The decision is incomplete.', issues);

      if (stage === 'priceCheck') {
        const flags = priceFlagsOf(
          scheme,
          bidsInProcedure(standing),
          current.tender,
          bid.lotNumber,
        );
        const clarified = await decidedPriceClarification(trx, bidId);
        if (decision.outcome === 'excluded' && !clarified) {
          throw new ConflictError(
            'A bid is excluded for its price only after the bidder was asked to explain it and ' +
              'the answer was assessed; a threshold alone never excludes (§ 60 Abs. 1–3 VgV).',
          );
        }
        if (decision.outcome === 'passed' && flags.has(bidId) && !clarified) {
          throw new ConflictError(
            'The price is flagged as unusually low: ask the bidder to explain it and assess the ' +
              'answer before the bid passes the price check (§ 60 Abs. 1 VgV).',
          );
        }
      }

      const last = await trx
        .selectFrom('bid_stage_decision')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('bid_id', '=', bidId)
        .where('stage', '=', stage)
        .executeTakeFirst();
      const row = await trx
        .insertInto('bid_stage_decision')
        .values({
          bid_id: bidId,
          stage,
          number: Number(last?.number ?? 0) + 1,
          outcome: decision.outcome,
          basis: decision.outcome === 'excluded' ? decision.basis! : stageBases[stage].join(', '),
          reasons: decision.reasons,
          checks: canonicalJson(decision.checks ?? {}),
          register_queried_on: decision.registerQueriedOn ?? null,
          decided_by: caller.userId,
          decided_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = stageDecisionView(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.stage_decided',
        object: tenderRef(tenderId),
        after: view,
      });
      return view;
    },
  );
}

/** Whether the bid has a price clarification whose answer the authority assessed. */
async function decidedPriceClarification(trx: Transaction<DB>, bidId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('bid_clarification')
    .select('id')
    .where('bid_id', '=', bidId)
    .where('stage', '=', 'priceCheck')
    .where('decided_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}
