import { Conversation, type QuickReply } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { reviewsApp, type Caller } from '../options-reviews/app.ts';
import { requester, talkUntil, transcriptTail, type Request } from './talk.ts';

describeDatabase('conversations with the assistant over HTTP', (backend) => {
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

  /** Talks in a conversation, expecting success; the conversation afterwards. */
  function talker(caller: Caller, id: string) {
    const turn = async (body: unknown) => {
      const answered = await request(caller, 'POST', `/conversations/${id}/turns`, body);
      expect(answered.status, JSON.stringify(answered.body)).toBe(200);
      return Conversation.parse(answered.body);
    };
    return {
      say: (text: string) => turn({ text }),
      click: (reply: QuickReply) => turn({ input: reply.input, label: reply.label.de }),
      send: (input: QuickReply['input']) => turn({ input, label: 'Eingabe' }),
    };
  }

  /** The first reply offered that answers the question (not "why" or "back"). */
  const firstAnswer = (conversation: Conversation) =>
    conversation.prompt.quickReplies.find((r) => !['why', 'back'].includes(r.input.intent))!;

  /** Answers step 1 by its first offers after the need, and confirms it. */
  async function throughNeed(talk: ReturnType<typeof talker>, start: Conversation) {
    let conversation = start;
    expect(conversation.currentStepId).toBe('need');
    conversation = await talk.send({
      intent: 'answer',
      text: 'Kollaborationsplattform für 4.000 Arbeitsplätze einer Landesverwaltung',
    });
    while (conversation.prompt.proposal === null && conversation.currentStepId === 'need') {
      conversation = await talk.click(firstAnswer(conversation));
    }
    expect(conversation.prompt.proposal).not.toBeNull();
    return talk.say('ja');
  }

  it('prepares a draft tender step by step: nothing before a confirmation, every turn in the tender’s record', async () => {
    const { lead, officer } = await api.authority();
    const started = await request(lead, 'POST', '/conversations', {
      path: 'tender',
      language: 'de',
    });
    expect(started.status).toBe(201);
    let conversation = Conversation.parse(started.body);
    expect(conversation.turns.map((t) => t.speaker)).toEqual(['assistant', 'assistant']);
    expect(conversation.steps[0]).toMatchObject({ id: 'need', status: 'current' });
    const talk = talker(lead, conversation.id);

    // Nonsense where a choice is asked is asked again, with examples; nothing changes.
    const need = await talk.send({ intent: 'answer', text: 'Kollaborationsplattform' });
    const confused = await talk.say('blablub');
    expect(confused.turns.at(-1)).toMatchObject({
      speaker: 'assistant',
      message: { kind: 'reprompt' },
    });
    expect(confused.currentStepId).toBe('need');
    expect(need.turns.length + 2).toBe(confused.turns.length);

    conversation = await throughNeed(talk, await talk.say('zurück'));
    expect(conversation.currentStepId).toBe('value');
    expect(conversation.tenderId).toBeNull();

    // The value and term at once; the proposal creates the draft only when confirmed.
    conversation = await talk.send({
      intent: 'answer',
      amount: '1200000',
      duration: { years: 4, months: 0 },
    });
    expect(conversation.prompt.proposal?.summary.de).toMatch(/VgV/);
    expect(conversation.tenderId).toBeNull();
    conversation = await talk.say('ja');
    const tenderId = conversation.tenderId!;
    expect(tenderId).toMatch(/^[0-9a-f-]{36}$/);
    expect(conversation.currentStepId).toBe('inHouse');
    expect(conversation.draft.facts.map((f) => f.label.en)).toContain('Estimated value (net)');
    expect(conversation.draft.scheme?.id).toBe('state-collaboration-suite');

    const tender = await request(lead, 'GET', `/tenders/${tenderId}`);
    expect(tender.body).toMatchObject({ state: 'draft', regime: 'VgV' });
    const record = await request(lead, 'GET', `/tenders/${tenderId}/record`);
    const actions = record.body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'tender.tender.created',
        'tender.scheme.saved',
        'tender.conversation.turns',
      ]),
    );

    // Back to the value, and on again without changing it.
    conversation = await talk.say('zurück');
    expect(conversation.currentStepId).toBe('value');
    conversation = await talk.say('weiter');
    expect(conversation.currentStepId).toBe('inHouse');
    expect((await request(lead, 'GET', `/tenders/${tenderId}`)).body.version).toBe(
      tender.body.version,
    );

    // The conversation is its user's alone.
    expect((await request(officer, 'GET', `/conversations/${conversation.id}`)).status).toBe(404);
    expect(
      (await request(officer, 'POST', `/conversations/${conversation.id}/turns`, { text: 'ja' }))
        .status,
    ).toBe(404);
    const listed = await request(lead, 'GET', '/conversations');
    expect(listed.body.conversations.map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    expect((await request(officer, 'GET', '/conversations')).body.conversations).toEqual([]);
    // Reloading shows the same transcript.
    const reread = Conversation.parse(
      (await request(lead, 'GET', `/conversations/${conversation.id}`)).body,
    );
    expect(reread.turns).toEqual(conversation.turns);
  });

  it('reports a change its verb refuses, keeps the proposal waiting and records the refusal', async () => {
    const { reviewer } = await api.authority();
    const started = await request(reviewer, 'POST', '/conversations', {
      path: 'tender',
      language: 'en',
    });
    const talk = talker(reviewer, started.body.id);
    await throughNeed(talk, Conversation.parse(started.body));
    await talk.send({ intent: 'answer', amount: '100000', duration: { years: 2, months: 0 } });
    const refused = await talk.say('yes');
    expect(refused.tenderId).toBeNull();
    expect(refused.currentStepId).toBe('value');
    expect(refused.prompt.proposal).not.toBeNull();
    expect(refused.turns.at(-1)).toMatchObject({ message: { kind: 'reprompt' } });
    const last = refused.turns.at(-1)!;
    expect(last.speaker === 'assistant' && last.message.text.en).toMatch(/nothing was changed/);
    const tenders = await database.db
      .selectFrom('tender')
      .select('id')
      .where('created_by', '=', reviewer.id)
      .execute();
    expect(tenders).toEqual([]);
    const refusals = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('actor_id', '=', reviewer.id)
      .where('outcome', '=', 'refused')
      .execute();
    expect(refusals).toEqual([{ action: 'tender.tender.created', outcome: 'refused' }]);
  });

  it('sets up an options review for a committee, the turns in its record', async () => {
    const { lead } = await api.authority();
    const started = await request(lead, 'POST', '/conversations', {
      path: 'optionsReview',
      language: 'de',
    });
    expect(started.status).toBe(201);
    const done = await talkUntil(
      request,
      lead,
      Conversation.parse(started.body),
      {
        question: [
          'Kollaborationsplattform für die Landesverwaltung',
          'Der Ausschuss vergleicht drei Wege für die Zusammenarbeit der Landesverwaltung.',
        ],
        basis: ['15.03.2027'],
        options: ['openDesk, Hyperscaler-Suite und souveräne Cloud'],
      },
      (c) => c.status !== 'open',
    );
    expect(done.status, transcriptTail(done)).toBe('handedOver');
    const reviewId = done.optionsReviewId!;
    const review = await request(lead, 'GET', `/options-reviews/${reviewId}`);
    expect(review.body).toMatchObject({
      title: 'Kollaborationsplattform für die Landesverwaltung',
      referenceDate: '2027-03-15',
    });
    const recorded = await database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('object_id', '=', reviewId)
      .execute();
    expect(recorded.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'options_review.review.created',
        'options_review.conversation.turns',
      ]),
    );
  });

  it('answers questions about a review’s results only for its members, and refuses bad starts', async () => {
    const { lead, officer } = await api.authority();
    const reviewId = await api.review(lead);
    expect(
      (
        await request(officer, 'POST', '/conversations', {
          path: 'results',
          language: 'de',
          optionsReviewId: reviewId,
        })
      ).status,
    ).toBe(404);
    const missing = await request(lead, 'POST', '/conversations', {
      path: 'results',
      language: 'de',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toMatch(/optionsReviewId/);
    const started = await request(lead, 'POST', '/conversations', {
      path: 'results',
      language: 'de',
      optionsReviewId: reviewId,
    });
    expect(started.status).toBe(201);
    const conversation = Conversation.parse(started.body);
    const whyFirst = conversation.prompt.quickReplies.find(
      (r) => r.input.question?.kind === 'whyFirst',
    )!;
    const answered = await talker(lead, conversation.id).click(whyFirst);
    // A review without a scheme has no results yet: the answer says so instead of guessing.
    expect(answered.turns.at(-1)).toMatchObject({
      speaker: 'assistant',
      message: { kind: 'info' },
    });
  });
});
