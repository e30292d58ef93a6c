import type {
  AskClarificationInput,
  ClarificationView,
  DecideClarificationInput,
} from '@tenderwise/schema';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { berlinToday } from './berlin-days.ts';
import { nextExchangeNumber } from './exchange-numbers.ts';
import { assertDecidable, findExchange } from './exchange-rows.ts';
import {
  bidsInProcedure,
  evaluatedBid,
  lotScheme,
  lotStanding,
  requireWorkable,
} from './lot-standing.ts';
import { priceFlagsOf } from './price-flags.ts';
import { clarificationView } from './views.ts';

/**
 * Asks the bidder to clarify its bid (Aufklärung), numbered per tender. A clarification explains
 * what was offered and never changes the bid (§ 15 (5) VgV). In the price check the engine's
 * flags for the bid are kept with the question (§ 60 (1) VgV).
 */
export async function askClarification({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; bidId: string; clarification: AskClarificationInput };
}): Promise<ClarificationView> {
  const { tenderId, bidId, clarification } = input;
  return changeTender(
    ctx,
    { operationId: 'askClarification', tenderId, action: 'tender.evaluation.clarification_asked' },
    async ({ trx, current, now, caller }) => {
      const bid = await evaluatedBid(trx, tenderId, bidId);
      const standing = await lotStanding(trx, tenderId, bid.lotNumber);
      requireWorkable(standing.views.get(bidId)!, clarification.stage);
      if (clarification.deadline <= berlinToday(now)) {
        throw new ValidationError('The deadline must be a day after today.', [
          { in: 'body', pointer: '/deadline', detail: 'Give a day after today (Europe/Berlin).' },
        ]);
      }
      let flags: string | null = null;
      if (clarification.stage === 'priceCheck') {
        const scheme = await lotScheme(trx, tenderId, bid.lotNumber);
        if (scheme === null) throw new ConflictError('The lot has no published scheme.');
        const all = priceFlagsOf(scheme, bidsInProcedure(standing), current.tender, bid.lotNumber);
        flags = canonicalJson(all.get(bidId) ?? []);
      }
      const row = await trx
        .insertInto('bid_clarification')
        .values({
          tender_id: tenderId,
          bid_id: bidId,
          number: await nextExchangeNumber(trx, 'bid_clarification', tenderId),
          stage: clarification.stage,
          question: clarification.question,
          flags,
          deadline: clarification.deadline,
          asked_by: caller.userId,
          asked_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = clarificationView(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.clarification_asked',
        object: tenderRef(tenderId),
        after: view,
      });
      return view;
    },
  );
}

/**
 * Records, once, what the authority made of the bidder's answer: the assessment a stage decision
 * rests on. Only once answered, or after the deadline day passed unanswered (409 before).
 */
export async function decideClarification({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    tenderId: string;
    bidId: string;
    clarificationId: string;
    decision: DecideClarificationInput;
  };
}): Promise<ClarificationView> {
  const { tenderId, bidId, clarificationId, decision } = input;
  return changeTender(
    ctx,
    {
      operationId: 'decideClarification',
      tenderId,
      action: 'tender.evaluation.clarification_decided',
    },
    async ({ trx, now, caller }) => {
      const clarification = await findExchange(trx, 'bid_clarification', {
        tenderId,
        bidId,
        id: clarificationId,
      });
      assertDecidable(clarification, now, 'clarification');
      const row = await trx
        .updateTable('bid_clarification')
        .set({ decision: decision.decision, decided_by: caller.userId, decided_at: now })
        .where('id', '=', clarificationId)
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = clarificationView(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.clarification_decided',
        object: tenderRef(tenderId),
        after: view,
      });
      return view;
    },
  );
}
