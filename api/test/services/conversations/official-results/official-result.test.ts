import type { AssistantMessage } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../../src/clock.ts';
import { NotFoundError } from '../../../../src/domain/errors.ts';
import { canonicalHash, canonicalJson } from '../../../../src/engine/canonical/canonical-json.ts';
import { evaluate } from '../../../../src/engine/evaluation/evaluate.ts';
import type { ServiceContext } from '../../../../src/services/context.ts';
import { createConversation } from '../../../../src/services/conversations/create-conversation.ts';
import { postConversationTurn } from '../../../../src/services/conversations/post-conversation-turn.ts';
import { bid } from '../../../fixtures/schemes.ts';
import {
  describeDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../../harness/service-context.ts';
import { seedUser } from '../../accounts/fixtures.ts';
import {
  evaluationTender,
  type EvaluationTender,
} from '../../tender-evaluation/evaluation-tender.ts';

describeDatabase('the assistant explains a lot’s official result', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let tender: EvaluationTender;
  let lead: ServiceContext;
  let evaluation: ReturnType<typeof evaluate>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-03-20T09:00:00.000Z');
    tender = await evaluationTender(database.db);
    const [alpha, beta, gamma] = tender.bids;
    const decide = (bidId: string, outcome: 'passed' | 'excluded') =>
      database.db
        .insertInto('bid_stage_decision')
        .values({
          bid_id: bidId,
          stage: 'formal',
          number: 1,
          outcome,
          basis: outcome === 'passed' ? '§ 57 VgV' : '§ 57 Abs. 1 Nr. 1 VgV',
          reasons: outcome === 'passed' ? 'Complete and on time.' : 'Received after the deadline.',
          register_queried_on: '2026-03-03',
          decided_by: tender.lead.id,
          decided_at: new Date('2026-03-03T10:00:00Z'),
        })
        .execute();
    await decide(alpha!.id, 'passed');
    await decide(beta!.id, 'passed');
    await decide(gamma!.id, 'excluded');
    const bids = [
      bid(alpha!.id, 780_000, { concept: 4, support: 3, availability: { metric: 99.95 } }),
      bid(beta!.id, 640_000, { concept: 3, support: 3, availability: { metric: 99.9 } }),
    ].map((item) => ({
      ...item,
      exclusionGrounds: { 'eg-123': { met: true, byEquivalent: false } },
      suitability: { 'su-references': { met: true, byEquivalent: false } },
      minimumRequirements: { 'mr-hosting': { met: true, byEquivalent: false } },
    }));
    evaluation = evaluate(tender.scheme, bids);
    const input = { scheme: tender.scheme, bids };
    await database.db
      .insertInto('tender_lot_result')
      .values({
        tender_id: tender.tenderId,
        lot_number: 1,
        number: 1,
        scheme_version: 1,
        input: canonicalJson(input),
        input_sha256: canonicalHash(input),
        result: canonicalJson(evaluation),
        result_sha256: canonicalHash(evaluation),
        computed_by: tender.lead.id,
        computed_at: new Date('2026-03-10T10:00:00Z'),
      })
      .execute();
    lead = serviceContextFor(database.db, clock, userPrincipal(tender.lead));
  });
  afterAll(() => database.close());

  async function ask(ctx: ServiceContext, text: string): Promise<AssistantMessage> {
    const started = await createConversation({
      ctx,
      input: { path: 'officialResult', language: 'de', tenderId: tender.tenderId, lotNumber: 1 },
    });
    const answered = await postConversationTurn({
      ctx,
      input: { conversationId: started.id, text },
    });
    const last = answered.turns.at(-1)!;
    if (last.speaker !== 'assistant') throw new Error('no answer');
    return last.message;
  }

  it('says why the first bid is first, with the stored figures', async () => {
    const first = evaluation.ranking.find((item) => item.rank === 1)!;
    const name = tender.bids.find((item) => item.id === first.id)!.name;
    const answer = await ask(lead, 'Warum liegt das erste Angebot vorne?');
    expect(answer.kind).toBe('answer');
    expect(answer.text.de).toContain(`${name} auf Rang 1 von 2`);
    expect(answer.figures).toContainEqual({
      label: { de: `Gesamt von ${name}`, en: `Total of ${name}` },
      value: String(first.score),
    });
  });

  it('says who was excluded in which stage, on which basis and why', async () => {
    const all = await ask(lead, 'Wer wurde ausgeschlossen?');
    expect(all.text.de).toContain('Gamma (formale Prüfung, § 57 Abs. 1 Nr. 1 VgV)');
    const one = await ask(lead, 'Warum wurde Gamma ausgeschlossen?');
    expect(one.text.en).toContain(
      'Gamma was excluded in the formal check (§ 57 Abs. 1 Nr. 1 VgV). Reasons: Received after the deadline.',
    );
    const kept = await ask(lead, 'Warum wurde Alpha ausgeschlossen?');
    expect(kept.text.en).toContain('Alpha was not excluded');
  });

  it('says how close the ranks are', async () => {
    const [first, second] = evaluation.ranking
      .filter((item) => item.rank !== null)
      .sort((a, b) => a.rank! - b.rank!);
    const answer = await ask(lead, 'Wie knapp ist die Rangfolge?');
    expect(answer.figures).toContainEqual({
      label: { de: 'Abstand Rang 1 → 2', en: 'Gap rank 1 → 2' },
      value: String(Math.round((first!.score! - second!.score!) * 100) / 100),
    });
  });

  it('runs no what-if on the real bids and scores nothing of what a company is', async () => {
    const whatIf = await ask(lead, 'Was wäre, wenn der Preis 50 % zählt?');
    expect(whatIf.kind).toBe('info');
    expect(whatIf.text.de).toContain('§ 127 Abs. 5 GWB');
    const exposure = await ask(lead, 'Wer unterliegt dem US CLOUD Act?');
    expect(exposure.text.en).toContain('are not scored');
  });

  it('is not found for another authority’s officer', async () => {
    const stranger = serviceContextFor(
      database.db,
      clock,
      userPrincipal(await seedUser(database.db, 'officer')),
    );
    await expect(
      createConversation({
        ctx: stranger,
        input: { path: 'officialResult', language: 'en', tenderId: tender.tenderId, lotNumber: 1 },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
