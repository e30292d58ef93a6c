import {
  AssistantMessage,
  EvaluateResponse,
  OptionOffer,
  OptionsReviewResults,
  SensitivityResponse,
  type EvaluatedBid,
} from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  add,
  div,
  mul,
  rational,
  sub,
  toNumber,
} from '../../../../src/engine/arithmetic/rational.ts';
import { evaluate } from '../../../../src/engine/evaluation/evaluate.ts';
import { scoreAdmittedBids } from '../../../../src/engine/evaluation/score-bids.ts';
import { NotFoundError } from '../../../../src/domain/errors.ts';
import { optionBids } from '../../../../src/domain/options-reviews/option-bids.ts';
import { resultsSmaa } from '../../../../src/domain/options-reviews/results.ts';
import type { LanguageModel } from '../../../../src/adapters/language-model/language-model.ts';
import type { ServiceContext } from '../../../../src/services/context.ts';
import { createConversation } from '../../../../src/services/conversations/create-conversation.ts';
import { postConversationTurn } from '../../../../src/services/conversations/post-conversation-turn.ts';
import { answerResultQuestion } from '../../../../src/services/conversations/results/answer-result-question.ts';
import { resultsVocabulary } from '../../../../src/services/conversations/results/results-vocabulary.ts';
import {
  resultsConsensus,
  resultsOptions,
  resultsScheme,
} from '../../../fixtures/options-review-results.ts';
import {
  describeDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../../harness/service-context.ts';
import { reviewsApp, type Caller } from '../../../routes/options-reviews/app.ts';

describeDatabase('answers to questions about an options review’s results', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let reviewer: Caller;
  let reviewId: string;
  let results: OptionsReviewResults;
  let bids: EvaluatedBid[];
  /** The review's option ids by the fixture's names. */
  const idOf = new Map<string, string>();

  const contextOf = (caller: Caller, role: 'officer' | 'reviewer' = 'officer'): ServiceContext =>
    serviceContextFor(
      database.db,
      api.clock,
      userPrincipal({ id: caller.id, organisation_id: caller.organisationId, role }),
    );
  const ask = (question: Parameters<typeof answerResultQuestion>[1]['question'], caller = lead) =>
    answerResultQuestion(contextOf(caller), { reviewId, question }).then((message) =>
      AssistantMessage.parse(message),
    );
  const figuresOf = (message: AssistantMessage) =>
    new Map((message.figures ?? []).map((item) => [item.label.en, item.value]));
  const analysis = async (path: string, body: unknown) => {
    const response = await api.app.request(`/api/v1/analysis/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    let officer: Caller;
    ({ lead, officer, reviewer } = await api.authority());
    reviewId = await api.review(lead, [officer, reviewer]);
    await api.call(lead, 'POST', `/${reviewId}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme: resultsScheme },
    });
    for (const option of resultsOptions) {
      const created = await api.call(lead, 'POST', `/${reviewId}/options`, {
        name: option.name,
        vendorName: option.vendorName,
        offer: option.offer,
      });
      idOf.set(option.name, created.body.id);
    }
    const consensus = resultsConsensus.map((item) => ({
      ...item,
      optionId: idOf.get(resultsOptions.find((option) => option.id === item.optionId)!.name)!,
    }));
    for (const caller of [lead, officer]) {
      await api.call(caller, 'PUT', `/${reviewId}/scoring/sheet`, {
        schemeVersion: 1,
        scores: consensus.map(({ optionId, criterionId }) => ({
          optionId,
          criterionId,
          score: 3,
          justification: 'Wie Anker 3',
        })),
      });
      await api.call(caller, 'POST', `/${reviewId}/scoring/sheet/submit`, { schemeVersion: 1 });
    }
    for (const item of consensus) {
      await api.call(lead, 'PUT', `/${reviewId}/scoring/consensus`, { schemeVersion: 1, ...item });
    }
    const read = await api.call(lead, 'GET', `/${reviewId}/results`);
    expect(read.status).toBe(200);
    results = OptionsReviewResults.parse(read.body);
    // The options as the engine's bids, built here from what the API lists.
    const listed = (await api.call(lead, 'GET', `/${reviewId}/options`)).body.options as {
      id: string;
      name: string;
      vendorName: string | null;
      offer: unknown;
    }[];
    bids = optionBids(
      resultsScheme,
      listed.map((option) => ({ ...option, offer: OptionOffer.parse(option.offer) })),
      consensus,
    ).bids;
  });
  afterAll(() => database.close());

  it('explains the first place with the results’ own figures', async () => {
    const answer = await ask({ kind: 'whyFirst' });
    const [first, second] = results.evaluation.ranking;
    const figures = figuresOf(answer);
    expect(answer.kind).toBe('answer');
    expect(answer.text.de).toContain('openDesk beim Landesdienstleister steht auf Rang 1 von 3');
    expect(figures.get('Rank of openDesk beim Landesdienstleister')).toBe('1');
    expect(figures.get('Total of openDesk beim Landesdienstleister')).toBe(String(first!.score));
    expect(figures.get('Total of Hyperscaler-Suite (EU-Region)')).toBe(String(second!.score));
    for (const item of second!.comparedWithAbove!.criteria) {
      const title = results.criteria.find((node) => node.id === item.criterionId)!.title.en;
      expect(figures.get(`${title}: difference`)).toBe(String(item.difference));
      const points = first!.contributions.find((entry) => entry.criterionId === item.criterionId);
      expect(figures.get(`${title}: points of openDesk beim Landesdienstleister`)).toBe(
        String(points!.points),
      );
    }
    expect(answer.link?.href).toBe(
      `/reviews/${reviewId}/results?a=${first!.id}&b=${second!.id}#results-pair`,
    );
  });

  it('re-ranks with price at 50 % as the evaluation would, and adopts nothing', async () => {
    const before = await api.call(lead, 'GET', `/${reviewId}/results`);
    const answer = await ask({ kind: 'whatIf', criterionId: 'price', percent: '50' });
    // Price 30 → 50 % and quality 70 → 50 %: exactly these weights in basis points.
    const reweighted = {
      ...resultsScheme,
      award: resultsScheme.award.map((node) =>
        node.parentId === null ? { ...node, weightBp: 5000 } : node,
      ),
    };
    const evaluated = EvaluateResponse.parse(
      await analysis('evaluate', { scheme: reweighted, bids }),
    );
    const figures = figuresOf(answer);
    for (const bid of evaluated.ranking) {
      const name = results.options.find((option) => option.id === bid.id)!.name;
      expect(figures.get(`${name}: rank`)).toBe(String(bid.rank));
      expect(figures.get(`${name}: total`)).toBe(String(bid.score));
    }
    expect(figures.get('Price: weight (%)')).toBe('50');
    expect(answer.text.en).toContain('the adopted weights and the results stay unchanged');
    const after = await api.call(lead, 'GET', `/${reviewId}/results`);
    expect(after.body).toEqual(before.body);
    expect(after.body.weights).toEqual({ source: 'scheme' });
  });

  it('quotes the stability and SMAA figures the sensitivity analysis gives', async () => {
    const answer = await ask({ kind: 'robustness' });
    const sensitivity = SensitivityResponse.parse(
      await analysis('sensitivity', {
        scheme: resultsScheme,
        bids,
        margin: 1,
        smaa: resultsSmaa,
      }),
    );
    const figures = figuresOf(answer);
    expect(figures.get('No clear winner')).toBe(String(sensitivity.noClearWinner));
    for (const node of sensitivity.criteria) {
      const title = results.criteria.find((item) => item.id === node.nodeId)!.title.en;
      expect(figures.get(`${title}: first place holds from`)).toBe(String(node.stable.from));
      expect(figures.get(`${title}: first place holds to`)).toBe(String(node.stable.to));
      expect(figures.get(`${title}: ranks 1 and 2 swap at`)).toBe(
        node.swaps[0]!.atShare === null ? '–' : String(node.swaps[0]!.atShare),
      );
    }
    for (const item of sensitivity.smaa!.acceptability) {
      const name = results.options.find((option) => option.id === item.bidId)!.name;
      expect(figures.get(`${name}: share of rank 1 (SMAA)`)).toBe(String(item.ranks[0]));
    }
    expect(answer.link?.href).toBe(`/reviews/${reviewId}/results#results-stability`);
  });

  it('says exactly what the last option needs to overtake the first', async () => {
    const behind = idOf.get('Souveräne Cloud')!;
    const ahead = idOf.get('openDesk beim Landesdienstleister')!;
    const answer = await ask({ kind: 'overtake', optionId: behind, otherOptionId: ahead });
    const figures = figuresOf(answer);
    const exact = new Map(
      scoreAdmittedBids(resultsScheme, bids, resultsScheme.submissionDeadline).map((score) => [
        score.id,
        score,
      ]),
    );
    const gap = sub(exact.get(ahead)!.score!, exact.get(behind)!.score!);
    expect(figures.get('Souveräne Cloud’s gap to openDesk beim Landesdienstleister (points)')).toBe(
      String(toNumber(gap, 2)),
    );
    // The highest price at which it ranks above, to the cent: one cent more and it does not.
    const highest = Number(figures.get('Highest price to overtake'));
    const rankAt = (amount: number) => {
      const ranking = evaluate(
        resultsScheme,
        bids.map((bid) =>
          bid.id === behind ? { ...bid, price: { kind: 'totalPrice' as const, amount } } : bid,
        ),
      ).ranking;
      const rank = (id: string) => ranking.find((bid) => bid.id === id)!.rank!;
      return rank(behind) < rank(ahead);
    };
    expect(rankAt(highest)).toBe(true);
    expect(rankAt(Math.round(highest * 100 + 1) / 100)).toBe(false);
    expect(figures.get('Price reduction')).toBe(
      String(Math.round((1_200_000 - highest) * 100) / 100),
    );

    // The runner-up can draw level on the operations concept alone: at this share of its points.
    const second = idOf.get('Hyperscaler-Suite (EU-Region)')!;
    const closer = figuresOf(
      await ask({ kind: 'overtake', optionId: second, otherOptionId: ahead }),
    );
    const concept = exact
      .get(second)!
      .contributions.find((item) => item.criterionId === 'concept')!;
    const level = div(
      add(concept.points, sub(exact.get(ahead)!.score!, exact.get(second)!.score!)),
      mul(concept.weight, rational(100n)),
    );
    expect(closer.get('Operations concept: share to draw level (%)')).toBe(
      String(toNumber(mul(level, rational(100n)), 2)),
    );
  });

  it('says why it cannot answer, and stays a 404 to a stranger', async () => {
    // The reviewer has not submitted a sheet: the results are blind to them.
    const hidden = await answerResultQuestion(contextOf(reviewer, 'reviewer'), {
      reviewId,
      question: { kind: 'whyFirst' },
    });
    expect(hidden.kind).toBe('info');
    expect(hidden.text.en).toContain('stay hidden from you until you have submitted');
    const unknown = await ask({ kind: 'whyFirst', optionId: 'unknown-option' });
    expect(unknown).toMatchObject({ kind: 'info' });
    const stranger = await api.signIn('officer');
    await expect(
      answerResultQuestion(contextOf(stranger), { reviewId, question: { kind: 'robustness' } }),
    ).rejects.toThrow(NotFoundError);
    await expect(resultsVocabulary(contextOf(stranger), reviewId)).rejects.toThrow(NotFoundError);
  });

  it('knows the options and criteria by their names and common words', async () => {
    const { vocabulary, schemeVersion } = await resultsVocabulary(contextOf(lead), reviewId);
    expect(schemeVersion).toBe(1);
    const namesOf = (list: { id: string; names: string[] }[] | undefined, id: string) =>
      list!.find((item) => item.id === id)!.names;
    expect(namesOf(vocabulary.criteria, 'price')).toEqual(
      expect.arrayContaining(['Preis', 'Price', 'Kosten', 'cost']),
    );
    expect(namesOf(vocabulary.criteria, 'quality')).toEqual(['Qualität', 'Quality']);
    expect(namesOf(vocabulary.options, idOf.get('openDesk beim Landesdienstleister')!)).toEqual(
      expect.arrayContaining(['openDesk beim Landesdienstleister', 'openDesk']),
    );
    expect(namesOf(vocabulary.options, idOf.get('Hyperscaler-Suite (EU-Region)')!)).toEqual(
      expect.arrayContaining(['Hyperscaler-Suite', 'Hyperscaler', 'Fiktiv Cloud Inc.']),
    );
  });
  it('lets the operator’s language model reword an answer in the conversation’s language only, figures as computed', async () => {
    const principal = userPrincipal({
      id: lead.id,
      organisation_id: lead.organisationId,
      role: 'officer',
    });
    const withModel = (rephrase: LanguageModel['rephrase']) =>
      serviceContextFor(database.db, api.clock, principal, {
        languageModel: { mapUtterance: async () => null, rephrase },
      });
    const talk = async (ctx: ServiceContext) => {
      const started = await createConversation({
        ctx,
        input: { path: 'results', language: 'de', optionsReviewId: reviewId },
      });
      const answered = await postConversationTurn({
        ctx,
        input: {
          conversationId: started.id,
          input: { intent: 'ask', question: { kind: 'robustness' } },
          label: 'Wie robust ist die Rangfolge?',
        },
      });
      const last = answered.turns.at(-1)!;
      if (last.speaker !== 'assistant') throw new Error('no answer');
      return last.message;
    };
    const plain = await ask({ kind: 'robustness' });
    const reworded = await talk(
      withModel(async (message, language) => `Kurz gesagt: ${message.text[language]}`),
    );
    expect(reworded.text).toEqual({ de: `Kurz gesagt: ${plain.text.de}`, en: plain.text.en });
    expect(reworded.figures).toEqual(plain.figures);
    // A rewording the adapter refused (it changed a number) leaves the engine's text.
    const kept = await talk(withModel(async () => null));
    expect(kept.text).toEqual(plain.text);
  });
});
