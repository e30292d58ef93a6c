import { afterAll, beforeAll, expect, it } from 'vitest';
import { listEvaluatedBids } from '../../../src/services/tender-evaluation/evaluated-bids.ts';
import {
  excludedIn,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
  type AwardStageSource,
} from '../../../src/services/tender-evaluation/stage-statuses.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationTender, type EvaluationTender } from './evaluation-tender.ts';

const noResult: AwardStageSource = {
  computedAt: null,
  computedBy: null,
  current: false,
  excluded: new Map(),
  ranked: new Set(),
};

describeDatabase('stage statuses of opened bids', (backend) => {
  let database: TestDatabase;
  let tender: EvaluationTender;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    tender = await evaluationTender(database.db);
  });
  afterAll(() => database.close());

  it('read the opened bids in force, in the order received, with their content', async () => {
    const bids = await listEvaluatedBids(database.db, tender.tenderId, { lotNumber: 1 });
    expect(bids.map((bid) => bid.id)).toEqual(tender.bids.map((bid) => bid.id));
    expect(bids[0]!.content.bidder).toMatchObject({ company: { name: 'Alpha' } });
  });

  it('are open at first, then follow the latest decision; a running request makes its stage wait', async () => {
    const [alpha, beta] = tender.bids;
    const decide = (bidId: string, number: number, outcome: 'passed' | 'excluded') =>
      database.db
        .insertInto('bid_stage_decision')
        .values({
          bid_id: bidId,
          stage: 'formal',
          number,
          outcome,
          basis: outcome === 'passed' ? '§ 57 VgV' : '§ 57 Abs. 1 Nr. 1 VgV',
          reasons: outcome === 'passed' ? 'Complete and on time.' : 'Received late.',
          register_queried_on: '2026-03-03',
          decided_by: tender.lead.id,
          decided_at: new Date('2026-03-03T10:00:00Z'),
        })
        .execute();
    await decide(alpha!.id, 1, 'excluded');
    await decide(alpha!.id, 2, 'passed');
    await decide(beta!.id, 1, 'excluded');
    await database.db
      .insertInto('bid_document_request')
      .values({
        tender_id: tender.tenderId,
        bid_id: alpha!.id,
        number: 1,
        stage: 'suitability',
        document: 'Reference 3, signed',
        kind: 'company',
        action: 'submit',
        criterion_id: 'su-references',
        basis: '§ 56 Abs. 2 S. 1 VgV',
        deadline: '2026-03-10',
        requested_by: tender.lead.id,
        requested_at: new Date('2026-03-03T11:00:00Z'),
      })
      .execute();
    const ids = tender.bids.map((bid) => bid.id);
    const decisions = await latestStageDecisions(database.db, ids);
    const running = await runningExchanges(database.db, ids);
    const alphaViews = stageViewsOf(
      alpha!.id,
      decisions.get(alpha!.id),
      running.get(alpha!.id),
      noResult,
    );
    expect(alphaViews.formal).toMatchObject({ state: 'passed', basis: '§ 57 VgV' });
    expect(alphaViews.suitability).toEqual({ state: 'waiting', until: '2026-03-10' });
    expect(alphaViews.award).toEqual({ state: 'open' });
    const betaViews = stageViewsOf(
      beta!.id,
      decisions.get(beta!.id),
      running.get(beta!.id),
      noResult,
    );
    expect(betaViews.formal).toMatchObject({ state: 'excluded', reasons: 'Received late.' });
    expect(excludedIn(betaViews)).toBe('formal');
    expect(excludedIn(alphaViews)).toBeNull();
  });

  it('are kept as decided: the database refuses to change a decision', async () => {
    await expect(
      database.db
        .updateTable('bid_stage_decision')
        .set({ reasons: 'changed' } as never)
        .execute(),
    ).rejects.toThrow(/kept as stored/);
  });
});
