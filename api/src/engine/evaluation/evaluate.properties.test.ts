import type { EvaluatedBid, EvaluationMethod, EvaluationScheme } from '@tenderwise/schema';
import type { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { bid, ordinal, price, scheme, text } from '../../../test/fixtures/schemes.ts';
import { canonicalJson } from '../canonical/canonical-json.ts';
import { publishTreeWeights } from '../weights/publish-tree-weights.ts';
import { evaluate } from './evaluate.ts';

const formulas = fc.constantFrom(
  { kind: 'lowestPriceRatio' } as const,
  { kind: 'oneSidedLinear', zeroAtMultiple: 2 } as const,
  { kind: 'oneSidedLinear', zeroAtMultiple: 1.5 } as const,
  { kind: 'twoSidedLinear' } as const,
);

const methods = fc.oneof(
  formulas.map((priceFormula) => ({ kind: 'weightedSum' as const, priceFormula })),
  fc.constant({ kind: 'ufabSimple' as const, impliedWeighting: text('implied') }),
  fc.record({
    kind: fc.constant('ufabExtended' as const),
    impliedWeighting: fc.constant(text('implied')),
    corridorPercent: fc.integer({ min: 1, max: 10 }),
    tieBreak: fc.constantFrom(
      'lowestPrice' as const,
      'highestPerformance' as const,
      { criterionId: 'leaf-0' } as const,
    ),
  }),
  fc.record({
    kind: fc.constant('ufabMedian' as const),
    performanceWeightBp: fc.integer({ min: 1, max: 9_999 }),
  }),
);

interface Case {
  scheme: EvaluationScheme;
  bids: EvaluatedBid[];
  scales: number[];
}

/** A random scheme of ordinal leaves (and price for a weighted sum) with 1–6 bids. */
function cases(
  method: fc.Arbitrary<z.input<typeof EvaluationMethod>> = methods,
): fc.Arbitrary<Case> {
  return fc
    .record({
      method,
      leaves: fc.array(
        fc.record({ scale: fc.constantFrom(5, 10), weight: fc.integer({ min: 1, max: 100 }) }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      priceWeight: fc.integer({ min: 1, max: 100 }),
      bidCount: fc.integer({ min: 1, max: 6 }),
      seedScores: fc.array(fc.nat(10), { minLength: 24, maxLength: 24 }),
      prices: fc.array(fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.constant(0)), {
        minLength: 6,
        maxLength: 6,
      }),
    })
    .map(({ method, leaves, priceWeight, bidCount, seedScores, prices }) => {
      const entered = [
        ...leaves.map((leaf, i) => ({
          ...ordinal(`leaf-${i}`, 0, { scale: leaf.scale }),
          enteredWeight: leaf.weight,
        })),
        ...(method.kind === 'weightedSum' ? [{ ...price(0), enteredWeight: priceWeight }] : []),
      ];
      const built = scheme(publishTreeWeights(entered), { method });
      const bids = Array.from({ length: bidCount }, (_, b) =>
        bid(
          `bid-${b}`,
          prices[b]!,
          Object.fromEntries(
            leaves.map((leaf, i) => [`leaf-${i}`, seedScores[b * 4 + i]! % (leaf.scale + 1)]),
          ),
        ),
      );
      return { scheme: built, bids, scales: leaves.map((leaf) => leaf.scale) };
    });
}

const rankOf = (result: ReturnType<typeof evaluate>, id: string) =>
  result.ranking.find((entry) => entry.id === id)!.rank;

describe('evaluate, for any scheme and bids', () => {
  it('gives byte-identical results, whatever the order of the bids', () => {
    fc.assert(
      fc.property(
        cases().chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.bids, { minLength: input.bids.length }),
          ),
        ),
        ([input, shuffled]) => {
          const first = canonicalJson(evaluate(input.scheme, input.bids));
          expect(canonicalJson(evaluate(input.scheme, input.bids))).toBe(first);
          expect(canonicalJson(evaluate(input.scheme, shuffled))).toBe(first);
        },
      ),
      propertyOptions,
    );
  });

  it('never lowers a bid’s rank when one of its scores rises', () => {
    fc.assert(
      fc.property(cases(), fc.nat(), fc.nat(), (input, pickBid, pickLeaf) => {
        const target = input.bids[pickBid % input.bids.length]!;
        const leaf = pickLeaf % input.scales.length;
        const assessment = target.assessments[`leaf-${leaf}`]!;
        fc.pre(assessment.kind === 'ordinal' && assessment.score < input.scales[leaf]!);
        const raised = structuredClone(target);
        (raised.assessments[`leaf-${leaf}`] as { score: number }).score += 1;
        const before = rankOf(evaluate(input.scheme, input.bids), target.id)!;
        const after = rankOf(
          evaluate(
            input.scheme,
            input.bids.map((item) => (item.id === target.id ? raised : item)),
          ),
          target.id,
        )!;
        expect(after).toBeLessThanOrEqual(before);
      }),
      propertyOptions,
    );
  });

  it('never lowers a bid’s rank under a weighted sum when its price falls', () => {
    const weightedSum = formulas.map((priceFormula) => ({
      kind: 'weightedSum' as const,
      priceFormula,
    }));
    fc.assert(
      fc.property(
        cases(weightedSum),
        fc.nat(),
        fc.integer({ min: 1, max: 99 }),
        (input, pickBid, cutPercent) => {
          const target = input.bids[pickBid % input.bids.length]!;
          fc.pre(target.price.kind === 'totalPrice' && target.price.amount > 0);
          const amount = (target.price as { amount: number }).amount;
          const cheaper = {
            ...target,
            price: {
              kind: 'totalPrice' as const,
              amount: Math.floor((amount * (100 - cutPercent)) / 100),
            },
          };
          const before = rankOf(evaluate(input.scheme, input.bids), target.id)!;
          const after = rankOf(
            evaluate(
              input.scheme,
              input.bids.map((item) => (item.id === target.id ? cheaper : item)),
            ),
            target.id,
          )!;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
      propertyOptions,
    );
  });

  it('excludes a bid that fails a minimum requirement, whatever its score and price', () => {
    fc.assert(
      fc.property(cases(), fc.nat(), (input, pickBid) => {
        const withRequirement = {
          ...input.scheme,
          minimumRequirements: [
            { id: 'required', legalType: 'minimum' as const, title: text('required') },
          ],
        };
        const failing = input.bids[pickBid % input.bids.length]!.id;
        const bids = input.bids.map((item) => ({
          ...item,
          minimumRequirements: { required: { met: item.id !== failing, byEquivalent: false } },
        }));
        const entry = evaluate(withRequirement, bids).ranking.find((item) => item.id === failing)!;
        expect(entry).toMatchObject({ excluded: true, rank: null, score: null });
        expect(entry.reasons).toEqual([{ code: 'minimumNotMet', criterionId: 'required' }]);
      }),
      propertyOptions,
    );
  });
});
