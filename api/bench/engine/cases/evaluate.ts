import { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { publishTreeWeights } from '../../../src/engine/weights/publish-tree-weights.ts';
import type { BenchCase } from '../case.ts';

const text = { de: 'x', en: 'x' };

/** The exact evaluation of a tender: `bidCount` bids, `criteria` ordinal criteria and price. */
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

const exact = (bids: number, criteria: number, targetMs: number, iterations = 30): BenchCase => ({
  name: `evaluate-exact-${bids}x${criteria}`,
  targetMs,
  iterations,
  setup: () => tender(bids, criteria),
  run: (input) => {
    const { scheme, bids } = input as ReturnType<typeof tender>;
    return evaluate(scheme, bids);
  },
});

// 50 × 100 has a target of 20 ms; 50 × 200 is printed beside it to show the time is linear in
// the number of criteria (about twice, not four times).
export const cases: BenchCase[] = [
  exact(20, 40, 50),
  exact(50, 100, 20),
  exact(50, 200, 40, 20),
];
