import { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { publishTreeWeights } from '../../../src/engine/weights/publish-tree-weights.ts';
import type { BenchCase } from '../case.ts';

const text = { de: 'x', en: 'x' };

/** The exact evaluation of a realistic tender: 20 bids, 40 ordinal criteria and price. */
function tender(bidCount: number, criteria: number) {
  const nodes = [
    ...Array.from({ length: criteria }, (_, i) => ({
      kind: 'ordinal' as const,
      id: `c${i}`,
      parentId: null,
      title: text,
      subject: 'service' as const,
      scale: 10 as const,
      anchors: Array.from({ length: 11 }, () => text),
      enteredWeight: 1 + (i % 7),
    })),
    { kind: 'price' as const, id: 'price', parentId: null, title: text, enteredWeight: 30 },
  ];
  const scheme = EvaluationScheme.parse({
    schemaVersion: 1,
    id: 'bench',
    title: text,
    currency: 'EUR',
    submissionDeadline: '2027-01-01',
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    award: publishTreeWeights(nodes),
  });
  const bids = Array.from({ length: bidCount }, (_, b) =>
    EvaluatedBid.parse({
      id: `bid-${b}`,
      price: { kind: 'totalPrice', amount: 100_000 + b * 1_234.56 },
      assessments: Object.fromEntries(
        Array.from({ length: criteria }, (_, i) => [
          `c${i}`,
          { kind: 'ordinal', score: (b * 7 + i * 3) % 11 },
        ]),
      ),
    }),
  );
  return { scheme, bids };
}

export const cases: BenchCase[] = [
  {
    name: 'evaluate-exact-20x40',
    targetMs: 50,
    setup: () => tender(20, 40),
    run: (input) => {
      const { scheme, bids } = input as ReturnType<typeof tender>;
      return evaluate(scheme, bids);
    },
  },
];
