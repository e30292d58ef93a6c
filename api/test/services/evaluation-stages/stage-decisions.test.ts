import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { ConflictError, ValidationError } from '../../../src/domain/errors.ts';
import { requestMissingDocument } from '../../../src/services/evaluation-stages/document-requests.ts';
import {
  getBidEvaluation,
  getTenderEvaluation,
} from '../../../src/services/evaluation-stages/read-evaluation.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationTender, type EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';
import { contextOf, decideAs, formalPass } from './helpers.ts';

/** The issues' pointers of a refused decision. */
async function pointersOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((issue) => issue.pointer);
}

describeDatabase('stage decisions', (backend) => {
  let database: TestDatabase;
  let tender: EvaluationTender;
  const clock = fixedClock('2026-03-03T09:00:00Z');
  const ctxOf = contextOf(() => database, clock);

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    tender = await evaluationTender(database.db);
  });
  afterAll(() => database.close());

  it('start with the formal check and stop after an exclusion (§ 57 VgV)', async () => {
    const ctx = ctxOf(tender.lead);
    const suitability = {
      outcome: 'passed' as const,
      reasons: 'References shown.',
      checks: {
        'su-references': { met: true, evidence: 'Three references', evidenceDate: '2026-02-20' },
      },
    };
    await expect(decideAs(ctx, tender, 0, 'suitability', suitability)).rejects.toThrow(
      /formal check comes first/,
    );
    await decideAs(ctx, tender, 1, 'formal', {
      ...formalPass,
      outcome: 'excluded',
      basis: '§ 57 Abs. 1 Nr. 1 VgV',
      reasons: 'Received after the deadline; no outage of the channel.',
    });
    await expect(decideAs(ctx, tender, 1, 'suitability', suitability)).rejects.toThrow(
      ConflictError,
    );
    await expect(decideAs(ctx, tender, 1, 'formal', formalPass)).rejects.toThrow(
      /excluded in the formal stage/,
    );
    const view = await getTenderEvaluation({ ctx, input: { tenderId: tender.tenderId } });
    const beta = view.lots[0]!.bids.find((bid) => bid.bidId === tender.bids[1]!.id)!;
    expect(beta.excludedIn).toBe('formal');
    expect(beta.stages.formal).toMatchObject({ state: 'excluded', basis: '§ 57 Abs. 1 Nr. 1 VgV' });
    expect(view.lots[0]!.judgedAsOf).toBe('2026-03-02');
  });

  it('refuse an exclusion without a basis of its own stage', async () => {
    const ctx = ctxOf(tender.lead);
    const excluded = { ...formalPass, outcome: 'excluded' as const, reasons: 'Incomplete.' };
    expect(await pointersOf(decideAs(ctx, tender, 2, 'formal', excluded))).toEqual(['/basis']);
    expect(
      await pointersOf(
        decideAs(ctx, tender, 2, 'formal', { ...excluded, basis: '§ 60 Abs. 3 S. 1 VgV' }),
      ),
    ).toEqual(['/basis']);
  });

  it('judge every criterion of the formal check; an unmet one excludes; the register from €30,000 (§ 6 WRegG)', async () => {
    const ctx = ctxOf(tender.lead);
    const { registerQueriedOn: _, ...withoutRegister } = formalPass;
    expect(await pointersOf(decideAs(ctx, tender, 2, 'formal', withoutRegister))).toEqual([
      '/registerQueriedOn',
    ]);
    expect(
      await pointersOf(
        decideAs(ctx, tender, 2, 'formal', { ...formalPass, registerQueriedOn: '2026-03-04' }),
      ),
    ).toEqual(['/registerQueriedOn']);
    expect(
      await pointersOf(
        decideAs(ctx, tender, 2, 'formal', { ...formalPass, checks: { 'eg-123': { met: true } } }),
      ),
    ).toEqual(['/checks/mr-hosting']);
    expect(
      await pointersOf(
        decideAs(ctx, tender, 2, 'formal', {
          ...formalPass,
          checks: { 'eg-123': { met: true }, 'mr-hosting': { met: false } },
        }),
      ),
    ).toEqual(['/outcome']);

    // Below €30,000 net the register is not required.
    await database.db
      .updateTable('tender')
      .set({ estimated_value: '{"net":"25000.00"}' })
      .where('id', '=', tender.tenderId)
      .execute();
    const passed = await decideAs(ctx, tender, 2, 'formal', withoutRegister);
    expect(passed).toMatchObject({ outcome: 'passed', registerQueriedOn: null, number: 1 });
    await database.db
      .updateTable('tender')
      .set({ estimated_value: '{"net":"900000.00"}' })
      .where('id', '=', tender.tenderId)
      .execute();
  });

  it('ask evidence with its date for every met suitability criterion', async () => {
    const ctx = ctxOf(tender.lead);
    await decideAs(ctx, tender, 0, 'formal', formalPass);
    const bare = {
      outcome: 'passed' as const,
      reasons: 'References shown.',
      checks: { 'su-references': { met: true } },
    };
    expect(await pointersOf(decideAs(ctx, tender, 0, 'suitability', bare))).toEqual([
      '/checks/su-references/evidence',
      '/checks/su-references/evidenceDate',
    ]);
    const decided = await decideAs(ctx, tender, 0, 'suitability', {
      ...bare,
      checks: {
        'su-references': { met: true, evidence: 'Three references', evidenceDate: '2026-02-20' },
      },
    });
    expect(decided.basis).toBe('§ 122 GWB, §§ 42–46 VgV');
  });

  it('wait while a request of the stage is undecided, and append every decision as a new number', async () => {
    const ctx = ctxOf(tender.lead);
    const alpha = tender.bids[0]!.id;
    await requestMissingDocument({
      ctx,
      input: {
        tenderId: tender.tenderId,
        bidId: alpha,
        request: {
          stage: 'formal',
          document: 'Signed declaration on § 123 GWB',
          kind: 'company',
          action: 'submit',
          criterionId: 'eg-123',
          deadline: '2026-03-10',
        },
      },
    });
    await expect(decideAs(ctx, tender, 0, 'formal', formalPass)).rejects.toThrow(/still undecided/);
    await decideAs(ctx, tender, 2, 'formal', formalPass);
    const detail = await getBidEvaluation({
      ctx: ctxOf(tender.reviewer),
      input: { tenderId: tender.tenderId, bidId: tender.bids[2]!.id },
    });
    const formal = detail.decisions.filter((decision) => decision.stage === 'formal');
    expect(formal.map((decision) => [decision.number, decision.registerQueriedOn])).toEqual([
      [1, null],
      [2, '2026-03-03'],
    ]);
    expect(detail.criteria.map((criterion) => [criterion.id, criterion.answer?.kind])).toEqual([
      ['eg-123', 'declaration'],
      ['mr-hosting', 'declaration'],
      ['su-references', 'declaration'],
    ]);
    const alphaDetail = await getBidEvaluation({
      ctx,
      input: { tenderId: tender.tenderId, bidId: alpha },
    });
    expect(alphaDetail.summary.stages.formal).toEqual({ state: 'waiting', until: '2026-03-10' });
  });
});
