import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../src/domain/errors.ts';
import { canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { computeOfficialResult } from '../../../src/services/evaluation-results/compute-official-result.ts';
import { decideAward } from '../../../src/services/evaluation-results/decide-award.ts';
import type { OfficialInput } from '../../../src/services/evaluation-results/engine-bids.ts';
import { getAwardDecision } from '../../../src/services/evaluation-results/get-award-decision.ts';
import { getOfficialResult } from '../../../src/services/evaluation-results/get-official-result.ts';
import { verifyOfficialResult } from '../../../src/services/evaluation-results/verify-official-result.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { testDeps } from '../../http/test-app.ts';
import { evaluationTender, type EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';
import { resultRows } from './result-rows.ts';

describeDatabase('the official result of a lot and the award decision', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let tender: EvaluationTender;
  let rows: ReturnType<typeof resultRows>;

  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));
  const lot = () => ({ tenderId: tender.tenderId, lotNumber: 1 });
  const storedRow = (number: number) =>
    database.db
      .selectFrom('tender_lot_result')
      .selectAll()
      .where('tender_id', '=', tender.tenderId)
      .where('number', '=', number)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-03-10T10:00:00.000Z');
    tender = await evaluationTender(database.db);
    rows = resultRows(database.db, tender);
  });
  afterAll(() => database.close());

  it('needs the formal check first, then the consensus of every ordinal criterion', async () => {
    const [alpha, beta, gamma] = tender.bids;
    await expect(computeOfficialResult({ ctx: as(tender.lead), input: lot() })).rejects.toThrow(
      /formal check first/,
    );
    for (const bid of tender.bids) await rows.decide(bid.id, 'formal', '2026-03-03T10:00:00Z');
    await rows.consensus(alpha!.id, 'concept', 5, '2026-03-04T10:00:00Z');
    await rows.consensus(alpha!.id, 'support', 3, '2026-03-04T10:00:00Z');
    await rows.consensus(beta!.id, 'concept', 3, '2026-03-04T10:00:00Z');
    await rows.consensus(beta!.id, 'support', 5, '2026-03-04T10:00:00Z');
    await rows.consensus(gamma!.id, 'concept', 4, '2026-03-04T10:00:00Z');
    const missing = computeOfficialResult({ ctx: as(tender.lead), input: lot() });
    await expect(missing).rejects.toBeInstanceOf(ConflictError);
    await expect(missing).rejects.toThrow(
      new RegExp(`“Gamma” \\(${gamma!.id}\\): no consensus score for “.*” \\(support\\)`),
    );
    await rows.consensus(gamma!.id, 'support', 4, '2026-03-04T10:00:00Z');
  });

  it('is the engine’s evaluation of the stored input, and recomputes to the same bytes', async () => {
    const result = await computeOfficialResult({ ctx: as(tender.lead), input: lot() });
    expect(result.number).toBe(1);
    expect(result.current).toBe(true);
    const row = await storedRow(1);
    const input = JSON.parse(row.input) as OfficialInput;
    expect(input.bids.map((bid) => bid.id)).toEqual(tender.bids.map((bid) => bid.id).sort());
    expect(input.options.referenceDate).toBe('2026-03-02');
    expect(row.result).toBe(canonicalJson(evaluate(input.scheme, input.bids, input.options)));
    expect(result.evaluation.ranking.map((bid) => bid.rank)).toEqual([1, 2, 3]);
    const alpha = result.bids.find((bid) => bid.bidId === tender.bids[0]!.id)!;
    expect(alpha.bidder.name).toBe('Alpha');
    expect(alpha.scores).toContainEqual({
      criterionId: 'concept',
      score: 5,
      justification: 'Score 5 against the published anchors.',
    });
    expect(result.criteria.find((node) => node.id === 'concept')?.weightPercent).toBe(40);
    expect(result.sensitivity.informational).toBe(true);

    const verification = await verifyOfficialResult({ ctx: as(tender.reviewer), input: lot() });
    expect(verification).toMatchObject({
      sameBytes: true,
      recomputedSha256: row.result_sha256,
      inputUnchanged: true,
      currentInputSha256: row.input_sha256,
    });
  });

  it('refuses another method on the opened bids, in its own words (§ 127 (5) GWB)', async () => {
    const app = createApp(testDeps({ db: database.db, clock }));
    const { token } = await createSession(database.db, clock, {
      userId: tender.lead.id,
      mfaVerified: true,
    });
    const response = await app.request(`/api/v1/tenders/${tender.tenderId}/lots/1/result`, {
      method: 'POST',
      headers: {
        cookie: `${sessionCookieName(testDeps().config)}=${token}`,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      },
      body: JSON.stringify({ priceFormula: { kind: 'twoSidedLinear' } }),
    });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { detail: string; errors: { pointer: string }[] };
    expect(problem.detail).toMatch(
      /Only the published method runs on opened bids.*§ 127 \(5\) GWB/,
    );
    expect(problem.errors.map((error) => error.pointer)).toEqual(['/priceFormula']);
  });

  it('is no longer current after a later stage decision', async () => {
    for (const bid of tender.bids) {
      await rows.decide(bid.id, 'suitability', '2026-03-11T10:00:00Z');
    }
    clock.set('2026-03-11T12:00:00.000Z');
    const result = await getOfficialResult({ ctx: as(tender.evaluators[0]), input: lot() });
    expect(result.current).toBe(false);
    expect(result.bids[0]!.stages.award).toEqual({ state: 'open' });
  });

  it('refuses the award decision with a stage open, then decides it: the tender is evaluated', async () => {
    const decision = { suitabilityReconfirmedOn: '2026-03-11', reasons: 'All stages complete.' };
    const refused = decideAward({
      ctx: as(tender.lead),
      input: { tenderId: tender.tenderId, ...decision },
    });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(/stage incomplete.*no longer current.*priceCheck of bid/);
    for (const bid of tender.bids) await rows.decide(bid.id, 'priceCheck', '2026-03-11T11:00:00Z');
    const recomputed = await computeOfficialResult({ ctx: as(tender.lead), input: lot() });
    expect(recomputed.number).toBe(2);
    expect(recomputed.bids.every((bid) => bid.stages.award.state === 'passed')).toBe(true);

    await expect(
      decideAward({ ctx: as(tender.second), input: { tenderId: tender.tenderId, ...decision } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideAward({
        ctx: as(tender.lead),
        input: { tenderId: tender.tenderId, ...decision, suitabilityReconfirmedOn: '2026-03-12' },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const decided = await decideAward({
      ctx: as(tender.lead),
      input: { tenderId: tender.tenderId, ...decision },
    });
    expect(decided.results).toEqual([{ lotNumber: 1, resultNumber: 2 }]);
    const state = await database.db
      .selectFrom('tender')
      .select('state')
      .where('id', '=', tender.tenderId)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('evaluated');
    expect(
      await getAwardDecision({ ctx: as(tender.reviewer), input: { tenderId: tender.tenderId } }),
    ).toEqual(decided);
  });
});

describeDatabase('an official result with tied bids', (backend) => {
  let database: TestDatabase;
  let tender: EvaluationTender;
  const clock = fixedClock('2026-03-10T10:00:00.000Z');

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    tender = await evaluationTender(database.db, [
      { name: 'Alpha', amount: 900_000 },
      { name: 'Beta', amount: 900_000 },
    ]);
    const rows = resultRows(database.db, tender);
    for (const bid of tender.bids) {
      await rows.decide(bid.id, 'formal', '2026-03-03T10:00:00Z');
      await rows.consensus(bid.id, 'concept', 3, '2026-03-04T10:00:00Z');
      await rows.consensus(bid.id, 'support', 3, '2026-03-04T10:00:00Z');
    }
  });
  afterAll(() => database.close());

  it('needs lots drawn between them, and keeps the drawn order in its input', async () => {
    const ctx = serviceContextFor(database.db, clock, userPrincipal(tender.lead));
    const lot = { tenderId: tender.tenderId, lotNumber: 1 };
    const [alpha, beta] = tender.bids.map((bid) => bid.id);
    await expect(computeOfficialResult({ ctx, input: lot })).rejects.toThrow(
      new RegExp(`lots must be drawn between .*${[alpha, beta].sort().join('.*')}`),
    );
    const drawRecord = { drawnBy: 'Dana Lead, Kim Second', how: 'Two sealed envelopes drawn.' };
    await expect(
      computeOfficialResult({ ctx, input: { ...lot, drawOrder: [beta!, beta!], drawRecord } }),
    ).rejects.toBeInstanceOf(ValidationError);
    const result = await computeOfficialResult({
      ctx,
      input: { ...lot, drawOrder: [beta!, alpha!], drawRecord },
    });
    expect(result.evaluation.ranking.map((bid) => [bid.id, bid.rank])).toEqual([
      [beta, 1],
      [alpha, 2],
    ]);
    expect(result.evaluation.ranking[0]!.flags).toContainEqual({
      code: 'decidedByDraw',
      tiedWith: [alpha],
    });
    expect(result.draw).toEqual({ order: [beta, alpha], record: drawRecord });
    const row = await database.db
      .selectFrom('tender_lot_result')
      .select('input')
      .where('tender_id', '=', tender.tenderId)
      .executeTakeFirstOrThrow();
    expect((JSON.parse(row.input) as OfficialInput).options.drawOrder).toEqual([beta, alpha]);
    const verification = await verifyOfficialResult({ ctx, input: lot });
    expect(verification.sameBytes && verification.inputUnchanged).toBe(true);
  });
});
