import { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { publishTreeWeights } from '../../../src/engine/weights/publish-tree-weights.ts';
import type { BenchCase } from '../case.ts';

const text = { de: 'x', en: 'x' };

/**
 * The exact evaluation of a tender: `bidCount` bids, `criteria` award criteria and price. The
 * criteria take turns being ordinal scores, measured values on a linear utility (each with its own
 * range, so the exact sums carry many different denominators) and attestations.
 */
export function tender(bidCount: number, criteria: number) {
  const kinds = ['ordinal', 'metric', 'attestation'] as const;
  const nodes = [
    ...Array.from({ length: criteria }, (_, i) => {
      const base = { id: `c${i}`, parentId: null, title: text, subject: 'service' as const };
      const enteredWeight = 1 + (i % 7);
      switch (kinds[i % 3]!) {
        case 'ordinal':
          return {
            ...base,
            kind: 'ordinal' as const,
            scale: 10 as const,
            anchors: Array.from({ length: 11 }, () => text),
            enteredWeight,
          };
        case 'metric':
          return {
            ...base,
            kind: 'metric' as const,
            unit: 'x',
            utility: { kind: 'linear' as const, worst: i / 100, best: 50 + (i * 37) / 100 },
            enteredWeight,
          };
        case 'attestation':
          return {
            ...base,
            kind: 'attestation' as const,
            rules: [
              { scheme: 'bsi-c5', type: 'type2', points: 100 },
              { scheme: 'bsi-c5', type: 'type1', points: 40 + (i % 59) },
            ],
            enteredWeight,
          };
      }
    }),
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
  const assessment = (b: number, i: number) => {
    switch (kinds[i % 3]!) {
      case 'ordinal':
        return { kind: 'ordinal', score: (b * 7 + i * 3) % 11, justification: text };
      case 'metric':
        return { kind: 'metric', value: ((b * 131 + i * 17) % 6_000) / 100 };
      case 'attestation':
        return {
          kind: 'attestation',
          evidence: [
            {
              scheme: 'bsi-c5',
              type: (b + i) % 2 === 0 ? 'type2' : 'type1',
              coversOfferedService: true,
              validFrom: '2026-01-01',
              validUntil: '2028-01-01',
            },
          ],
        };
    }
  };
  const bids = Array.from({ length: bidCount }, (_, b) =>
    EvaluatedBid.parse({
      id: `bid-${b}`,
      price: { kind: 'totalPrice', amount: 100_000 + b * 1_234.56 },
      assessments: Object.fromEntries(
        Array.from({ length: criteria }, (_, i) => [`c${i}`, assessment(b, i)]),
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

// 50 × 100 has a target of 20 ms; 50 × 200 is printed beside it to show that the time is linear
// in the number of criteria (about twice, not four times).
export const cases: BenchCase[] = [exact(20, 40, 50), exact(50, 100, 20), exact(50, 200, 40)];
