import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import {
  askClarification,
  decideClarification,
} from '../../../src/services/evaluation-stages/clarifications.ts';
import { getTenderEvaluation } from '../../../src/services/evaluation-stages/read-evaluation.ts';
import { answerClarification } from '../../../src/services/evaluation-stages/vendor-exchanges.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationTender, type EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';
import { contextOf, decideAs, formalPass } from './helpers.ts';

const priceCheck = (outcome: 'passed' | 'excluded') => ({
  outcome,
  reasons: outcome === 'passed' ? 'The price is explained.' : 'The price is not explained.',
  ...(outcome === 'excluded' && { basis: '§ 60 Abs. 3 S. 1 VgV' as const }),
});

describeDatabase('the price check (§ 60 VgV)', (backend) => {
  let database: TestDatabase;
  let tender: EvaluationTender;
  const clock = fixedClock('2026-03-03T09:00:00Z');
  const ctxOf = contextOf(() => database, clock);

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    // Alpha's price is more than 20 % under the next bid: the engine flags it.
    tender = await evaluationTender(database.db, [
      { name: 'Alpha', amount: 500_000 },
      { name: 'Beta', amount: 850_000 },
      { name: 'Gamma', amount: 900_000 },
    ]);
    for (const index of [0, 1, 2])
      await decideAs(ctxOf(tender.lead), tender, index, 'formal', formalPass);
  });
  afterAll(() => database.close());

  it('lets no flagged bid pass, and no bid be excluded, without a decided clarification of its price', async () => {
    const ctx = ctxOf(tender.lead);
    await expect(decideAs(ctx, tender, 0, 'priceCheck', priceCheck('passed'))).rejects.toThrow(
      /unusually low.*§ 60 Abs. 1 VgV/,
    );
    await expect(decideAs(ctx, tender, 1, 'priceCheck', priceCheck('excluded'))).rejects.toThrow(
      /threshold alone never excludes/,
    );
    // Beta is not flagged: it passes without a clarification.
    await expect(
      decideAs(ctx, tender, 1, 'priceCheck', priceCheck('passed')),
    ).resolves.toMatchObject({ outcome: 'passed', basis: '§ 60 VgV' });
  });

  it('keeps the flags with the question; after the answer is assessed the bid may pass', async () => {
    const ctx = ctxOf(tender.lead);
    const alpha = tender.bids[0]!;
    const asked = await askClarification({
      ctx,
      input: {
        tenderId: tender.tenderId,
        bidId: alpha.id,
        clarification: {
          stage: 'priceCheck',
          question: 'Please explain how the price for operation is calculated.',
          deadline: '2026-03-10',
        },
      },
    });
    expect(asked.flags).toEqual([
      { code: 'abnormallyLow', reasons: expect.arrayContaining(['belowNextBid']) },
    ]);
    // Waiting for the bidder: no decision of the stage meanwhile.
    await expect(decideAs(ctx, tender, 0, 'priceCheck', priceCheck('passed'))).rejects.toThrow(
      /still undecided/,
    );
    const input = { tenderId: tender.tenderId, bidId: alpha.id, clarificationId: asked.id };
    await expect(
      decideClarification({ ctx, input: { ...input, decision: { decision: 'Too early.' } } }),
    ).rejects.toThrow(/may still answer/);
    await answerClarification({
      ctx: ctxOf(alpha.vendorUser),
      input: {
        bidId: alpha.id,
        clarificationId: asked.id,
        answer: { answer: 'Operation runs on our own data centre; the calculation is attached.' },
      },
    });
    await decideClarification({
      ctx,
      input: { ...input, decision: { decision: 'The calculation is plausible and complete.' } },
    });
    await decideAs(ctx, tender, 0, 'priceCheck', priceCheck('passed'));

    const view = await getTenderEvaluation({ ctx, input: { tenderId: tender.tenderId } });
    const lot = view.lots[0]!;
    expect(lot.bids[0]!.stages.priceCheck).toMatchObject({ state: 'passed' });
    // Suitability and the award are still open for every bid: no award decision yet.
    expect(lot.mayDecideAward).toBe(false);
    expect(lot.openStages).toContainEqual({ bidId: alpha.id, stage: 'suitability' });
  });
});
