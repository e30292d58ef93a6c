import {
  EvaluateRequest,
  evaluateExample,
  type EvaluationScheme,
  type OptionsReviewResults,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/engine/evaluation/evaluate.ts';
import { answerCostWhatIf } from '../../../../src/services/conversations/results/cost-what-if.ts';
import {
  medianWithPriceWeight,
  priceWeighedScheme,
  type RatioMethod,
} from '../../../../src/services/conversations/results/price-weighed-scheme.ts';
import type { ReadyResults } from '../../../../src/services/conversations/results/read-results.ts';

/** The documented example without its price leaf: the concept alone is the performance. */
const { scheme: example, bids } = EvaluateRequest.parse(evaluateExample.request);
const performanceOnly = example.award
  .filter((node) => node.kind !== 'price')
  .map((node) => ({ ...node, weightBp: 10_000 }));
const names = new Map([
  ['bid-a', 'Alpha'],
  ['bid-b', 'Beta'],
]);

/** The results as the answer reads them, evaluated under `method`. */
const readyUnder = (method: RatioMethod) => {
  const scheme = { ...example, method, award: performanceOnly } as EvaluationScheme & {
    method: RatioMethod;
  };
  const evaluation = evaluate(scheme, bids);
  const ready = {
    reviewId: 'review',
    bids,
    names,
    titles: new Map(performanceOnly.map((node) => [node.id, node.title])),
    results: { evaluation } as unknown as OptionsReviewResults,
  } as unknown as ReadyResults;
  return { scheme, ready };
};

/** The figures an answer should quote for an evaluation of the derived scheme. */
const expectedFigures = (derived: EvaluationScheme, adopted: EvaluationScheme, share: string) => {
  const whatIf = evaluate(derived, bids).ranking;
  const before = evaluate(adopted, bids).ranking;
  const expected = new Map([['Price: share (%)', share]]);
  for (const bid of whatIf) {
    const name = names.get(bid.id)!;
    expected.set(`${name}: rank`, String(bid.rank));
    expected.set(`${name}: total`, String(bid.score));
    expected.set(`${name}: adopted rank`, String(before.find((b) => b.id === bid.id)!.rank));
  }
  for (const item of whatIf[0]!.contributions) {
    const title = item.criterionId === 'price' ? 'Price' : 'Operations concept';
    expected.set(`${title}: weight (%)`, String(item.weightPercent));
  }
  return expected;
};
const quoted = (answer: ReturnType<typeof answerCostWhatIf>) =>
  new Map((answer.figures ?? []).map((item) => [item.label.en, item.value]));

describe('the cost what-if under a reference-value method', () => {
  it('under the simple method says price has no weight and ranks the weighted sum with price at the share', () => {
    const { scheme, ready } = readyUnder({
      kind: 'ufabSimple',
      impliedWeighting: { de: 'etwa 50:50', en: 'about 50:50' },
      performanceMaxPoints: 1000,
      ratioPerCurrencyUnits: 1000,
    });
    const answer = answerCostWhatIf(ready, scheme, 40);
    expect(answer.kind).toBe('answer');
    expect(quoted(answer)).toEqual(expectedFigures(priceWeighedScheme(scheme, 4000), scheme, '40'));
    expect(answer.text.de).toContain('einfachen Richtwertmethode (UfAB 2018, Abschnitt 4.21)');
    expect(answer.text.de).toContain('Punkte = 40 × niedrigster Preis / Preis des Angebots');
    expect(answer.text.en).toContain('the price carries no weight of its own');
    expect(answer.text.en).toContain(
      'the adopted weights and the evaluation method stay unchanged',
    );
  });

  it('under the median method recomputes with the price weight G_P at the share', () => {
    const { scheme, ready } = readyUnder({
      kind: 'ufabMedian',
      performanceMaxPoints: 1000,
      performanceWeightBp: 7000,
    });
    const median = scheme as EvaluationScheme & { method: { kind: 'ufabMedian' } };
    const answer = answerCostWhatIf(ready, scheme, 50);
    expect(answer.kind).toBe('answer');
    expect(quoted(answer)).toEqual(
      expectedFigures(medianWithPriceWeight(median, 5000), scheme, '50'),
    );
    expect(answer.text.en).toContain('the adopted one is 30 % for price');
    expect(answer.text.en).toContain('G_P = 50 %');
    // G_P lies strictly between 0 and 100 % (UfAB 2018, Medianmethode).
    expect(answerCostWhatIf(ready, scheme, 100).kind).toBe('info');
    expect(answerCostWhatIf(ready, scheme, 0).kind).toBe('info');
  });
});
