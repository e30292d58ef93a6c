import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

const anchors = (scale: number) =>
  Array.from({ length: scale + 1 }, (_, level) => ({ de: `Stufe ${level}`, en: `Level ${level}` }));

/** Two ordinal criteria (scales 5 and 10) beside the price; divergences flagged above 2 points. */
const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit', en: 'Collaboration' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'ordinal',
      id: 'concept',
      parentId: null,
      title: { de: 'Betriebskonzept', en: 'Operating concept' },
      weightBp: 3000,
      subject: 'service',
      scale: 5,
      anchors: anchors(5),
    },
    {
      kind: 'ordinal',
      id: 'exit',
      parentId: null,
      title: { de: 'Ausstieg', en: 'Exit' },
      weightBp: 3000,
      subject: 'service',
      scale: 10,
      anchors: anchors(10),
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
    },
  ],
};

describeDatabase('scoring of an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer, reviewer } = await api.authority());
  });
  afterAll(() => database.close());

  /** A review with the scheme above and two options; its id and the options' ids. */
  async function scoredReview() {
    const id = await api.review(lead, [officer, reviewer]);
    const saved = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    const options: string[] = [];
    for (const name of ['Hyperscaler', 'openDesk']) {
      options.push((await api.call(lead, 'POST', `/${id}/options`, { name })).body.id);
    }
    return { id, options };
  }

  /** A complete sheet: every option on both criteria, `concept` at `level`. */
  const sheet = (options: string[], level: number, words = 'Wie Anker') =>
    options.flatMap((optionId) => [
      { optionId, criterionId: 'concept', score: level, justification: `${words} ${level}` },
      { optionId, criterionId: 'exit', score: 7, justification: 'Exportformate offen' },
    ]);

  /** Scores in a stable order, as the API lists them: by option id, then criterion. */
  const byKey = (scores: { optionId: string; criterionId: string }[]) =>
    [...scores].sort((a, b) =>
      `${a.optionId}/${a.criterionId}`.localeCompare(`${b.optionId}/${b.criterionId}`),
    );

  async function submitted(caller: Caller, id: string, options: string[], level: number) {
    const saved = await api.call(caller, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: sheet(options, level),
    });
    expect(saved.status).toBe(200);
    const done = await api.call(caller, 'POST', `/${id}/scoring/sheet/submit`, {
      schemeVersion: 1,
    });
    expect(done.status).toBe(200);
    return done.body;
  }

  it('keeps scoring blind: nobody reads another member’s scores before submitting their own', async () => {
    const { id, options } = await scoredReview();
    // The reviewer's draft, not submitted: nobody else may read it.
    const draft = await api.call(reviewer, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: sheet(options, 1).slice(0, 1),
    });
    expect(draft.status).toBe(200);
    expect(draft.body.mine.submittedAt).toBeNull();
    expect(draft.body.mine.scores).toHaveLength(1);

    await submitted(officer, id, options, 4);
    // The lead has not submitted: the officer's submitted sheet stays hidden from the lead too.
    const leadBefore = (await api.call(lead, 'GET', `/${id}/scoring`)).body;
    expect(leadBefore).toMatchObject({
      schemeVersion: 1,
      latestSchemeVersion: 1,
      mine: { userId: lead.id, submittedAt: null, scores: [] },
      submittedBy: [officer.id],
      others: null,
      divergences: null,
      consensus: [],
    });
    const reviewerBefore = (await api.call(reviewer, 'GET', `/${id}/scoring`)).body;
    expect(reviewerBefore).toMatchObject({ others: null, divergences: null, consensus: null });
    expect(JSON.stringify(reviewerBefore)).not.toContain('Wie Anker 4');

    // The officer, submitted, sees the submitted sheets only: not the reviewer's draft.
    const officerAfter = (await api.call(officer, 'GET', `/${id}/scoring`)).body;
    expect(officerAfter.others).toEqual([]);
    expect(JSON.stringify(officerAfter)).not.toContain('Wie Anker 1');

    const leadAfter = await submitted(lead, id, options, 1);
    expect(leadAfter.others).toEqual([
      expect.objectContaining({ userId: officer.id, scores: byKey(sheet(options, 4)) }),
    ]);
    // 4 against 1 is further apart than the threshold of 2; the exit scores agree.
    expect(leadAfter.divergences).toContainEqual({
      optionId: options[0],
      criterionId: 'concept',
      spread: 3,
      mean: 2.5,
      median: 2.5,
      flagged: true,
    });
    expect(leadAfter.divergences).toContainEqual(
      expect.objectContaining({ optionId: options[0], criterionId: 'exit', flagged: false }),
    );
  });

  it('refuses an incomplete sheet, and keeps a submitted sheet final', async () => {
    const { id, options } = await scoredReview();
    await api.call(reviewer, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: sheet(options, 3).slice(1),
    });
    const early = await api.call(reviewer, 'POST', `/${id}/scoring/sheet/submit`, {
      schemeVersion: 1,
    });
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('1 scores are missing');

    await submitted(reviewer, id, options, 3);
    const again = await api.call(reviewer, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: sheet(options, 5),
    });
    expect(again.status).toBe(409);
    const read = (await api.call(reviewer, 'GET', `/${id}/scoring`)).body;
    expect(read.mine.scores).toEqual(byKey(sheet(options, 3)));
  });

  it('refuses scores without a justification, off the scale or on no ordinal criterion', async () => {
    const { id, options } = await scoredReview();
    const put = (scores: unknown[]) =>
      api.call(officer, 'PUT', `/${id}/scoring/sheet`, { schemeVersion: 1, scores });
    const [option] = options;
    const blank = await put([
      { optionId: option, criterionId: 'concept', score: 2, justification: ' ' },
    ]);
    expect(blank.status).toBe(422);
    const offScale = await put([
      { optionId: option, criterionId: 'concept', score: 6, justification: 'Mehr als erwartet' },
    ]);
    expect(offScale.status).toBe(422);
    expect(offScale.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/scores/0/score' }),
    );
    const price = await put([
      { optionId: option, criterionId: 'price', score: 2, justification: 'Günstig' },
    ]);
    expect(price.status).toBe(422);
    expect((await api.call(officer, 'GET', `/${id}/scoring`)).body.mine.scores).toEqual([]);
  });

  it('lets the lead alone record a consensus, once two sheets are submitted', async () => {
    const { id, options } = await scoredReview();
    const consensus = {
      schemeVersion: 1,
      optionId: options[1],
      criterionId: 'concept',
      score: 3,
      justification: 'Der Ausschuss einigt sich auf Anker 3.',
    };
    await submitted(officer, id, options, 2);
    const tooEarly = await api.call(lead, 'PUT', `/${id}/scoring/consensus`, consensus);
    expect(tooEarly.status).toBe(409);
    await submitted(reviewer, id, options, 5);
    const byMember = await api.call(officer, 'PUT', `/${id}/scoring/consensus`, consensus);
    expect(byMember.status).toBe(403);

    const recorded = await api.call(lead, 'PUT', `/${id}/scoring/consensus`, consensus);
    expect(recorded.status).toBe(200);
    const { schemeVersion: _version, ...recordedScore } = consensus;
    expect(recorded.body.consensus).toEqual([
      expect.objectContaining({ ...recordedScore, recordedBy: lead.id }),
    ]);
    const replaced = await api.call(lead, 'PUT', `/${id}/scoring/consensus`, {
      ...consensus,
      score: 4,
    });
    expect(replaced.body.consensus).toHaveLength(1);
    expect(replaced.body.consensus[0].score).toBe(4);
    // A member who has submitted reads the consensus.
    expect((await api.call(reviewer, 'GET', `/${id}/scoring`)).body.consensus).toHaveLength(1);
  });

  it('keeps scores with their scheme version: a new version starts a new sheet', async () => {
    const { id, options } = await scoredReview();
    await submitted(officer, id, options, 2);
    const next = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: 1,
      source: { kind: 'edited', scheme },
    });
    expect(next.status).toBe(201);
    const latest = (await api.call(officer, 'GET', `/${id}/scoring`)).body;
    expect(latest).toMatchObject({ schemeVersion: 2, mine: { submittedAt: null, scores: [] } });
    const old = (await api.call(officer, 'GET', `/${id}/scoring?schemeVersion=1`)).body;
    expect(old).toMatchObject({ schemeVersion: 1, latestSchemeVersion: 2 });
    expect(old.mine.scores).toEqual(byKey(sheet(options, 2)));
    const onOld = await api.call(reviewer, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: [],
    });
    expect(onOld.status).toBe(409);
  });

  it('leaves a concluded review’s scoring readable and unchangeable', async () => {
    const { id, options } = await scoredReview();
    await submitted(officer, id, options, 2);
    await submitted(reviewer, id, options, 2);
    expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'inReview' })).status).toBe(200);
    expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'concluded' })).status).toBe(
      200,
    );
    const save = await api.call(lead, 'PUT', `/${id}/scoring/sheet`, {
      schemeVersion: 1,
      scores: [],
    });
    expect(save.status).toBe(409);
    const consensus = await api.call(lead, 'PUT', `/${id}/scoring/consensus`, {
      schemeVersion: 1,
      optionId: options[0],
      criterionId: 'concept',
      score: 2,
      justification: 'Einig',
    });
    expect(consensus.status).toBe(409);
    expect((await api.call(officer, 'GET', `/${id}/scoring`)).status).toBe(200);
  });

  it('answers 404 to another authority’s officer and to a colleague who takes no part', async () => {
    const { id } = await scoredReview();
    const stranger = await api.signIn('officer');
    const colleague = await api.signIn('officer', lead.organisationId);
    for (const caller of [stranger, colleague]) {
      expect((await api.call(caller, 'GET', `/${id}/scoring`)).status).toBe(404);
      const save = await api.call(caller, 'PUT', `/${id}/scoring/sheet`, {
        schemeVersion: 1,
        scores: [],
      });
      expect(save.status).toBe(404);
    }
  });
});
