import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDemo, readSeed } from '@tenderwise/seed';
import {
  EvaluateResponse,
  SensitivityResponse,
  type AssistantMessage,
  type Conversation,
  type DemoBundle,
  type EvaluatedBid,
  type EvaluationScheme,
  type OptionsReviewResults,
  type QuickReply,
} from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { optionBids } from '../../../../src/domain/options-reviews/option-bids.ts';
import { resultsSmaa } from '../../../../src/domain/options-reviews/results.ts';
import { defaultServiceSettings, type ServiceContext } from '../../../../src/services/context.ts';
import { priceWeighedScheme } from '../../../../src/services/conversations/results/price-weighed-scheme.ts';
import { createConversation } from '../../../../src/services/conversations/create-conversation.ts';
import { getConversation } from '../../../../src/services/conversations/get-conversation.ts';
import { postConversationTurn } from '../../../../src/services/conversations/post-conversation-turn.ts';
import { loadDemoData } from '../../../../src/services/demo/load-demo-data.ts';
import {
  computeResults,
  readResultsSource,
  resultsOf,
} from '../../../../src/services/options-reviews/get-results.ts';
import { findReviewAccess } from '../../../../src/services/options-reviews/review-access.ts';
import { createAdministrator } from '../../../../src/services/users/create-administrator.ts';
import {
  describeDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../../harness/database.ts';
import { testPasswordHashing } from '../../../harness/passwords.ts';
import {
  operatorPrincipal,
  serviceContextFor,
  userPrincipal,
} from '../../../harness/service-context.ts';
import { reviewsApp } from '../../../routes/options-reviews/app.ts';

/**
 * On the demo's concluded options review, a member asks the three questions a person tries first,
 * typed in German, and every figure the answers quote is the analysis API's for the same input:
 * the scheme version the review concluded on with the adopted weights, and the options with the
 * consensus scores. The conversation the demo holds for the review's lead asks the same.
 */
describeDatabase('the assistant on the demo’s concluded options review', (backend) => {
  let database: TestDatabase;
  let dataDir: string;
  let api: ReturnType<typeof reviewsApp>;
  let member: ServiceContext;
  let lead: ServiceContext;
  let reviewId: string;
  let scheme: EvaluationScheme;
  let bids: EvaluatedBid[];
  let results: OptionsReviewResults;
  let answers: AssistantMessage[];
  /** What the conversation offered as buttons when it began. */
  let offered: QuickReply['input'][];

  const contextOf = (principal?: Parameters<typeof serviceContextFor>[2]) =>
    serviceContextFor(database.db, api.clock, principal, {
      settings: { ...defaultServiceSettings, installation: { loopbackOnly: true, dataDir } },
      passwordHashing: testPasswordHashing,
    });
  const personOf = async (email: string) =>
    contextOf(
      userPrincipal(
        await database.db
          .selectFrom('app_user')
          .selectAll()
          .where('email', '=', email)
          .executeTakeFirstOrThrow(),
      ),
    );
  const analysis = async (kind: 'evaluate' | 'sensitivity', body: unknown) => {
    const response = await api.app.request(`/api/v1/analysis/${kind}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return response.json();
  };
  const figuresOf = (message: AssistantMessage) =>
    new Map((message.figures ?? []).map((item) => [item.label.en, item.value]));
  const answersIn = (conversation: Conversation) =>
    conversation.turns.flatMap((turn) => (turn.speaker === 'assistant' ? [turn.message] : []));
  const nameOf = (id: string) => results.options.find((option) => option.id === id)!.name;

  beforeAll(async () => {
    const [catalogue, whole] = await Promise.all([readSeed(), readDemo()]);
    database = await openTestDatabase(backend);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-results-'));
    api = reviewsApp(database.db);
    api.clock.set('2026-12-03T09:00:00.000Z');
    // The accounts and the concluded review only: the registry, the review in progress and the
    // tenders take the verbs seconds and have their own test (test/services/demo).
    const demo: DemoBundle = {
      ...whole,
      registry: { vendors: [] },
      optionsReviews: {
        reviews: whole.optionsReviews.reviews.filter((review) => review.status === 'concluded'),
      },
      tenders: { tenders: [] },
      conversations: {
        conversations: whole.conversations.conversations.filter((c) => c.path === 'results'),
      },
    };
    const admin = await createAdministrator({
      ctx: contextOf(operatorPrincipal('admin:create')),
      input: { email: 'admin@kreis.example', displayName: 'Ada Admin', organisationName: 'Kreis' },
    });
    await loadDemoData({
      ctx: contextOf(userPrincipal(admin.user)),
      input: { sources: { catalogue, demo } },
    });

    const review = await database.db
      .selectFrom('options_review')
      .select('id')
      .where('status', '=', 'concluded')
      .executeTakeFirstOrThrow();
    reviewId = review.id;
    member = await personOf('aylin.kaya@musterland.example');
    lead = await personOf('erika.mustermann@musterland.example');

    // The input the results page computes on, read as the results page reads it.
    const principal = member.principal as ReturnType<typeof userPrincipal>;
    const read = await readResultsSource(
      member,
      (await findReviewAccess(database.db, reviewId))!,
      principal.userId,
      undefined,
    );
    if (read.status !== 'ready') throw new Error(`results ${read.status}`);
    const outcome = await computeResults(read.source);
    if (outcome.status !== 'ready') throw new Error(`results ${outcome.status}`);
    results = resultsOf(read.source, outcome.figures);
    scheme = read.source.task.scheme;
    bids = optionBids(scheme, read.source.task.options, read.source.task.consensus).bids;

    // Typed as a person types them, with the real first option's name.
    const first = nameOf(results.evaluation.ranking[0]!.id);
    let conversation = await createConversation({
      ctx: member,
      input: { path: 'results', language: 'de', optionsReviewId: reviewId },
    });
    offered = conversation.prompt.quickReplies.map((reply) => reply.input);
    for (const text of [
      `Warum liegt ${first} vorne?`,
      'Was wäre, wenn die Kosten 50 % zählen?',
      'Was wäre, wenn das Migrations- und Schulungskonzept 50 % zählt?',
      'Wie robust ist die Rangfolge?',
    ]) {
      conversation = await postConversationTurn({
        ctx: member,
        input: { conversationId: conversation.id, text },
      });
    }
    answers = answersIn(conversation).slice(-4);
  });
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Every figure the answer quotes is one of the expected ones, with the same value. */
  const expectQuoted = (answer: AssistantMessage, expected: Map<string, string>) => {
    expect(answer.kind).toBe('answer');
    expect(answer.figures?.length).toBeGreaterThan(0);
    for (const { label, value } of answer.figures!) {
      expect(expected.has(label.en), `unexpected figure "${label.en}"`).toBe(true);
      expect(value, label.en).toBe(expected.get(label.en));
    }
  };
  const titleOf = (id: string) => results.criteria.find((node) => node.id === id)!.title.en;

  it('explains the first place with the figures of the evaluation', async () => {
    const evaluated = EvaluateResponse.parse(await analysis('evaluate', { scheme, bids }));
    const [winner, second] = evaluated.ranking;
    const answer = answers[0]!;
    expect(answer.text.de).toContain(`${nameOf(winner!.id)} steht auf Rang 1`);
    const expected = new Map<string, string>();
    for (const bid of evaluated.ranking) {
      expected.set(`Rank of ${nameOf(bid.id)}`, String(bid.rank));
      expected.set(`Total of ${nameOf(bid.id)}`, String(bid.score));
      for (const item of bid.contributions) {
        const title = titleOf(item.criterionId);
        expected.set(`${title}: points of ${nameOf(bid.id)}`, String(item.points));
        expected.set(`${title}: weight (%)`, String(item.weightPercent));
      }
    }
    for (const item of second!.comparedWithAbove!.criteria) {
      expected.set(`${titleOf(item.criterionId)}: difference`, String(item.difference));
    }
    expectQuoted(answer, expected);
    // The two options compared are the evaluation's first two.
    expect(figuresOf(answer).get(`Rank of ${nameOf(second!.id)}`)).toBe('2');
  });

  it('answers the cost at 50 % with the evaluation of price weighed at 50 %', async () => {
    // UfAB's extended method weighs no price: the answer says so and ranks by a weighted sum
    // whose top level is the adopted tree at half its weights (whole basis points, largest
    // remainder) and a price leaf at 50 %, scored by the lowest-price ratio.
    expect(scheme.method.kind).toBe('ufabExtended');
    const priced = priceWeighedScheme(scheme, 5000);
    expect(priced.method).toEqual({
      kind: 'weightedSum',
      priceFormula: { kind: 'lowestPriceRatio' },
    });
    expect(priced.award.filter((node) => node.kind === 'price')).toEqual([
      {
        id: 'price',
        parentId: null,
        kind: 'price',
        title: { de: 'Preis', en: 'Price' },
        weightBp: 5000,
      },
    ]);
    for (const node of scheme.award) {
      const derived = priced.award.find((item) => item.id === node.id)!;
      if (node.parentId === null)
        expect(Math.abs(derived.weightBp - node.weightBp / 2)).toBeLessThan(1);
      else expect(derived).toEqual(node);
    }
    const whatIf = EvaluateResponse.parse(await analysis('evaluate', { scheme: priced, bids }));
    const answer = answers[1]!;
    const expected = new Map<string, string>([['Price: share (%)', '50']]);
    for (const bid of whatIf.ranking) {
      const name = nameOf(bid.id);
      expected.set(`${name}: rank`, String(bid.rank));
      expected.set(`${name}: total`, String(bid.score));
      const adopted = results.evaluation.ranking.find((item) => item.id === bid.id)!;
      expected.set(`${name}: adopted rank`, String(adopted.rank));
    }
    for (const item of whatIf.ranking[0]!.contributions) {
      const title = item.criterionId === 'price' ? 'Price' : titleOf(item.criterionId);
      expected.set(`${title}: weight (%)`, String(item.weightPercent));
    }
    expectQuoted(answer, expected);
    // Every option is ranked, with the price among the weights.
    expect(figuresOf(answer).get('Price: weight (%)')).toBe('50');
    expect(answer.figures!.filter((item) => item.label.en.endsWith(': rank'))).toHaveLength(
      whatIf.ranking.length,
    );
    expect(answer.text.de).toContain('UfAB 2018');
    expect(answer.text.de).toContain('hat der Preis kein eigenes Gewicht');
    expect(answer.text.en).toContain('50 × lowest price / the option’s price');
    expect(answer.text.en).toContain(
      'the adopted weights and the evaluation method stay unchanged',
    );
    // The button asks the same question.
    expect(offered).toContainEqual({
      intent: 'ask',
      question: { kind: 'whatIf', criterionId: 'price', percent: '50' },
    });
  });

  it('re-ranks with a criterion at 50 % as the evaluation does with those weights', async () => {
    const answer = answers[2]!;
    // Migration 64.5 → 50 % and its one sibling, the project team, 35.5 → 50 %.
    const reweighted: EvaluationScheme = {
      ...scheme,
      award: scheme.award.map((node) =>
        node.parentId === 'implementation' ? { ...node, weightBp: 5000 } : node,
      ),
    };
    const [adopted, whatIf] = await Promise.all([
      analysis('evaluate', { scheme, bids }).then((body) => EvaluateResponse.parse(body)),
      analysis('evaluate', { scheme: reweighted, bids }).then((body) =>
        EvaluateResponse.parse(body),
      ),
    ]);
    const expected = new Map<string, string>([
      [`${titleOf('migration-concept')}: share (%)`, '50'],
    ]);
    for (const bid of whatIf.ranking) {
      const name = nameOf(bid.id);
      expected.set(`${name}: rank`, String(bid.rank));
      expected.set(`${name}: total`, String(bid.score));
      const before = adopted.ranking.find((item) => item.id === bid.id)!;
      expected.set(`${name}: adopted rank`, String(before.rank));
    }
    for (const item of whatIf.ranking[0]!.contributions) {
      expected.set(`${titleOf(item.criterionId)}: weight (%)`, String(item.weightPercent));
    }
    expectQuoted(answer, expected);
    expect(answer.text.en).toContain('the adopted weights and the results stay unchanged');
  });

  it('quotes the stability and SMAA figures of the sensitivity analysis', async () => {
    const sensitivity = SensitivityResponse.parse(
      await analysis('sensitivity', { scheme, bids, margin: 1, smaa: resultsSmaa }),
    );
    const expected = new Map<string, string>([
      ['No clear winner', String(sensitivity.noClearWinner)],
    ]);
    for (const item of sensitivity.smaa!.acceptability) {
      expected.set(`${nameOf(item.bidId)}: share of rank 1 (SMAA)`, String(item.ranks[0]));
    }
    for (const node of sensitivity.criteria) {
      const title = titleOf(node.nodeId);
      const swap = node.swaps[0]?.atShare;
      expected.set(`${title}: share`, String(node.share));
      expected.set(`${title}: first place holds from`, String(node.stable.from));
      expected.set(`${title}: first place holds to`, String(node.stable.to));
      expected.set(`${title}: ranks 1 and 2 swap at`, swap == null ? '–' : String(swap));
    }
    expectQuoted(answers[3]!, expected);
  });

  it('holds for the review’s lead the conversation the demo made, its questions answered alike', async () => {
    const { conversations } = await database.db
      .selectFrom('conversation')
      .select((eb) => eb.fn.countAll<string>().as('conversations'))
      .where('options_review_id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(Number(conversations)).toBe(2);
    const row = await database.db
      .selectFrom('conversation')
      .select('id')
      .where('options_review_id', '=', reviewId)
      .where('user_id', '=', (lead.principal as ReturnType<typeof userPrincipal>).userId)
      .executeTakeFirstOrThrow();
    const held = await getConversation({ ctx: lead, input: { conversationId: row.id } });
    const asked = held.turns.filter((turn) => turn.speaker === 'user');
    expect(asked.map((turn) => turn.input.question?.kind)).toEqual([
      'whyFirst',
      'whatIf',
      'robustness',
    ]);
    const said = answersIn(held);
    expect(said.slice(-3).map((message) => message.kind)).toEqual(['answer', 'answer', 'answer']);
    // The same engine, the same figures, whoever of the review asks.
    expect(said.at(-3)!.figures).toEqual(answers[0]!.figures);
    expect(said.at(-2)!.figures).toEqual(answers[1]!.figures);
    expect(said.at(-1)!.figures).toEqual(answers[3]!.figures);
  });
});
