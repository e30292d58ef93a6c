import { Conversation } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { reviewsApp, type Caller } from '../options-reviews/app.ts';
import { requester, talkUntil, transcriptTail, type Request, type Script } from './talk.ts';

/**
 * The tender path from a need to a published tender, once in German with pairwise judgements
 * and once in English with weights given directly: what the person types is read by the parser,
 * everything else is what the assistant offers. Each member declares for themselves; a second
 * officer approves.
 */
describeDatabase('a tender prepared with the assistant', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    api.clock.set('2027-01-11T09:00:00.000Z');
    await catalogueLoaded(database.db, api.clock);
  });
  afterAll(() => database.close());

  const request: Request = (...args) => requester(api.app)(...args);

  async function journey(language: 'de' | 'en', script: Script, handOver: string, yes: string) {
    const { lead, officer, reviewer, id: organisationId } = await api.authority();
    const colleagues: Caller[] = [officer, reviewer];
    for (let i = 0; i < 7; i += 1) colleagues.push(await api.signIn('officer', organisationId));
    const people = new Map([lead, ...colleagues].map((caller) => [caller.id, caller]));
    const started = await request(lead, 'POST', '/conversations', { path: 'tender', language });
    expect(started.status).toBe(201);
    let conversation = await talkUntil(
      request,
      lead,
      Conversation.parse(started.body),
      script,
      (c) => c.currentStepId === 'review',
    );
    const tenderId = conversation.tenderId!;
    // The assistant cannot declare for others: each member declares on their own (§ 6 VgV).
    const team = (await request(lead, 'GET', `/tenders/${tenderId}/team`)).body;
    for (const member of team.members as { userId: string }[]) {
      const declared = await request(
        people.get(member.userId)!,
        'POST',
        `/tenders/${tenderId}/declaration`,
        {
          textVersion: team.declarationText.version,
        },
      );
      expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    }
    conversation = await talkUntil(
      request,
      lead,
      conversation,
      { review: [handOver, yes] },
      (c) => c.status !== 'open',
    );
    expect(conversation.status, transcriptTail(conversation)).toBe('handedOver');
    const requested = (await request(lead, 'GET', `/tenders/${tenderId}`)).body;
    expect(requested.publication.requestCurrent).toBe(true);
    expect(requested.readiness).toEqual([]);

    // The second officer the panel step put on the team approves (four eyes).
    const members = team.members as { userId: string; capacities: { capacity: string }[] }[];
    const approverId = members.find(
      (m) => m.userId !== lead.id && m.capacities.some((c) => c.capacity === 'officer'),
    )!.userId;
    const approver = people.get(approverId)!;
    const approved = await request(approver, 'POST', `/tenders/${tenderId}/publication`, {
      version: requested.version,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const published = (await request(lead, 'GET', `/tenders/${tenderId}`)).body;
    expect(published.state).toBe('published');
    return { conversation, published };
  }

  it('takes a German officer from "Kollaborationsplattform" to a published tender, weights by pairwise comparison', async () => {
    const { conversation, published } = await journey(
      'de',
      {
        need: [
          'Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung',
          null,
          null,
          'Berlin',
        ],
        value: ['1,2 Mio. € netto über 4 Jahre'],
        protection: ['personenbezogene Daten'],
        weights: [
          'Funktion ist etwas wichtiger als Souveränität',
          'Funktion ist deutlich wichtiger als Einführung',
          'Souveränität ist etwas wichtiger als Einführung',
        ],
      },
      'erneut prüfen',
      'ja',
    );
    expect(published).toMatchObject({ regime: 'VgV', land: 'DE-BE' });
    const weights = conversation.draft.scheme!.award.filter((node) => node.parentId === null);
    expect(weights.map((node) => node.weightBp).reduce((a, b) => a + b)).toBe(10_000);
    expect(weights.find((node) => node.id === 'functionality')!.weightBp).toBeGreaterThan(5_000);
  });

  it('takes an English officer from a GPU compute need to a published tender, weights given directly', async () => {
    const { conversation, published } = await journey(
      'en',
      {
        need: ['GPU compute for AI research, 64 GPUs', null, null, 'Bavaria'],
        value: ['EUR 3.5 million over 3 years'],
        protection: ['AI workloads'],
        weights: ['performance 40, price 30, sovereignty 20, sustainability 10'],
      },
      'check again',
      'yes',
    );
    expect(published).toMatchObject({ regime: 'VgV', land: 'DE-BY' });
    const top = Object.fromEntries(
      conversation.draft
        .scheme!.award.filter((n) => n.parentId === null)
        .map((n) => [n.id, n.weightBp]),
    );
    expect(top).toEqual({
      performance: 4_000,
      price: 3_000,
      sovereignty: 2_000,
      sustainability: 1_000,
    });
  });
});
