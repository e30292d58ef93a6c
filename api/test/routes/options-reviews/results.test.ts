import { OptionsReviewResults } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  resultsConsensus,
  resultsOptions,
  resultsScheme,
} from '../../fixtures/options-review-results.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

describeDatabase('results of an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;
  let reviewId: string;
  /** The fixture's option ids, mapped to the ids the review gave its options. */
  const optionIds = new Map<string, string>();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer, reviewer } = await api.authority());
    reviewId = await api.review(lead, [officer, reviewer]);
    const saved = await api.call(lead, 'POST', `/${reviewId}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme: resultsScheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    for (const option of resultsOptions) {
      const created = await api.call(lead, 'POST', `/${reviewId}/options`, {
        name: option.name,
        vendorName: option.vendorName,
        offer: option.offer,
      });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      optionIds.set(option.id, created.body.id);
    }
  });
  afterAll(() => database.close());

  const consensusOf = (fixtureId: string) => {
    const item = resultsConsensus.find((entry) => entry.optionId === fixtureId)!;
    return { ...item, optionId: optionIds.get(fixtureId)! };
  };

  async function submit(caller: Caller) {
    const scores = [...optionIds.values()].map((optionId) => ({
      optionId,
      criterionId: 'concept',
      score: 3,
      justification: 'Wie Anker 3',
    }));
    const saved = await api.call(caller, 'PUT', `/${reviewId}/scoring/sheet`, {
      schemeVersion: 1,
      scores,
    });
    expect(saved.status).toBe(200);
    const done = await api.call(caller, 'POST', `/${reviewId}/scoring/sheet/submit`, {
      schemeVersion: 1,
    });
    expect(done.status).toBe(200);
  }

  async function recordConsensus(fixtureId: string) {
    const recorded = await api.call(lead, 'PUT', `/${reviewId}/scoring/consensus`, {
      schemeVersion: 1,
      ...consensusOf(fixtureId),
    });
    expect(recorded.status).toBe(200);
  }

  async function resultsText(caller: Caller): Promise<{ status: number; text: string }> {
    const response = await api.app.request(`/api/v1/options-reviews/${reviewId}/results`, {
      headers: caller.headers,
    });
    return { status: response.status, text: await response.text() };
  }

  it('says which consensus scores are missing, and stays blind for members who have not submitted', async () => {
    await submit(officer);
    await submit(lead);
    const [first, second, third] = resultsOptions.map((option) => option.id) as [
      string,
      string,
      string,
    ];
    await recordConsensus(first);

    const missing = await api.call(lead, 'GET', `/${reviewId}/results`);
    expect(missing.status).toBe(409);
    expect(missing.body.type).toMatch(/conflict$/);
    expect(missing.body.detail).toContain(
      '“openDesk beim Landesdienstleister”: no consensus score',
    );
    expect(missing.body.detail).toContain('“Souveräne Cloud”: no consensus score');
    expect(missing.body.detail).not.toContain('Hyperscaler');

    await recordConsensus(second);
    await recordConsensus(third);
    // The reviewer has not submitted: the results would show the consensus.
    const blind = await api.call(reviewer, 'GET', `/${reviewId}/results`);
    expect(blind.status).toBe(409);
    expect(blind.body.detail).toContain('Submit your score sheet');
  });

  it('ranks the options with the consensus scores, the same bytes for the same inputs', async () => {
    const once = await resultsText(lead);
    expect(once.status).toBe(200);
    const again = await resultsText(officer);
    expect(again.text).toBe(once.text);

    const results = OptionsReviewResults.parse(JSON.parse(once.text));
    const names = new Map(results.options.map((option) => [option.id, option.name]));
    expect(results).toMatchObject({
      reviewId,
      schemeVersion: 1,
      latestSchemeVersion: 1,
      weights: { source: 'scheme' },
    });
    expect(
      results.evaluation.ranking.map((bid) => [names.get(bid.id), bid.rank, bid.score]),
    ).toEqual([
      ['openDesk beim Landesdienstleister', 1, 94.45],
      ['Hyperscaler-Suite (EU-Region)', 2, 82.07],
      ['Souveräne Cloud', 3, 70.24],
    ]);
    expect(results.unjudged.map((item) => item.criterionId)).toEqual(['eu-operation']);
    expect(results.smaa?.advisory).toBe(true);
    expect(results.topsis?.advisory).toBe(true);
    expect(results.whatIf?.optionIds.map((id) => names.get(id))).toEqual([
      'openDesk beim Landesdienstleister',
      'Hyperscaler-Suite (EU-Region)',
      'Souveräne Cloud',
    ]);
  });

  it('reads a named scheme version, and knows no other', async () => {
    const named = await api.call(lead, 'GET', `/${reviewId}/results?schemeVersion=1`);
    expect(named.status).toBe(200);
    const unknown = await api.call(lead, 'GET', `/${reviewId}/results?schemeVersion=9`);
    expect(unknown.status).toBe(404);
  });

  it('evaluates on the weights the lead adopted, and names the adoption', async () => {
    const before = OptionsReviewResults.parse(
      (await api.call(lead, 'GET', `/${reviewId}/results`)).body,
    );
    const reason = 'Der Ausschuss gewichtet den Preis stärker.';
    const adopted = await api.call(lead, 'POST', `/${reviewId}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { quality: 2000, concept: 6000, availability: 4000, price: 8000 },
      reason,
    });
    expect(adopted.status).toBe(201);

    const after = OptionsReviewResults.parse(
      (await api.call(lead, 'GET', `/${reviewId}/results`)).body,
    );
    expect(after.weights).toMatchObject({ source: 'adopted', kind: 'custom', reason });
    const effective = { concept: 12, availability: 8, price: 80 };
    for (const bid of after.evaluation.ranking) {
      const earlier = before.evaluation.ranking.find((entry) => entry.id === bid.id)!;
      const weightsOf = Object.fromEntries(
        bid.contributions.map((item) => [item.criterionId, item.weightPercent]),
      );
      expect(weightsOf).toEqual(effective);
      // The criteria's shares do not depend on the weights; the score is their weighted sum.
      for (const item of bid.contributions) {
        const same = earlier.contributions.find((entry) => entry.criterionId === item.criterionId)!;
        expect(item.share).toBe(same.share);
      }
      const sum = bid.contributions.reduce(
        (total, item) => total + item.weightPercent * item.share,
        0,
      );
      expect(bid.score).toBeCloseTo(sum, 1);
    }
    expect(after.evaluation.ranking.map((bid) => bid.score)).not.toEqual(
      before.evaluation.ranking.map((bid) => bid.score),
    );
  });

  it('shows a concluded review’s results to every member, on the version it concluded on', async () => {
    const before = await resultsText(lead);
    for (const status of ['inReview', 'concluded']) {
      expect((await api.call(lead, 'PUT', `/${reviewId}/status`, { status })).status).toBe(200);
    }
    // The reviewer never submitted a sheet: once concluded, the results are no longer blind.
    const after = await resultsText(reviewer);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.text)).toMatchObject({ schemeVersion: 1 });
    expect(after.text).toBe(before.text);
  });

  it('exists for the review’s members only', async () => {
    const colleague = await api.signIn('officer', lead.organisationId);
    const stranger = await api.signIn('officer');
    for (const caller of [colleague, stranger]) {
      const refused = await api.call(caller, 'GET', `/${reviewId}/results`);
      expect(refused.status).toBe(404);
    }
  });
});
