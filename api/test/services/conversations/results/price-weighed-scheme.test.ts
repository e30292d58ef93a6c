import { readSeed } from '@tenderwise/seed';
import type { EvaluationScheme } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateScheme } from '../../../../src/engine/scheme/validate-scheme.ts';
import {
  medianWithPriceWeight,
  priceQuestionId,
  priceWeighedScheme,
} from '../../../../src/services/conversations/results/price-weighed-scheme.ts';

/** Sibling sets by parent, each with its weights' sum. */
const sums = (scheme: EvaluationScheme) => {
  const totals = new Map<string | null, number>();
  for (const node of scheme.award)
    totals.set(node.parentId, (totals.get(node.parentId) ?? 0) + node.weightBp);
  return [...totals.values()];
};

describe('the scheme as if price weighed a share', () => {
  let ratio: EvaluationScheme;

  beforeAll(async () => {
    const { templates } = await readSeed();
    ratio = templates.find((template) => template.id === 'state-collaboration-suite')!.scheme;
    expect(ratio.method.kind).toBe('ufabExtended');
  });

  it('scales the top level to the rest and adds a price leaf scored by the lowest-price ratio', () => {
    const derived = priceWeighedScheme(ratio, 5000);
    expect(derived.method).toEqual({
      kind: 'weightedSum',
      priceFormula: { kind: 'lowestPriceRatio' },
    });
    expect(derived.award.find((node) => node.kind === 'price')).toMatchObject({
      id: 'price',
      parentId: null,
      weightBp: 5000,
    });
    const top = (scheme: EvaluationScheme) =>
      scheme.award.filter((node) => node.parentId === null && node.kind !== 'price');
    expect(top(derived).map((node) => node.weightBp)).toEqual(
      top(ratio).map((node) => node.weightBp / 2),
    );
    // Below the top level everything stays as adopted.
    expect(derived.award.filter((node) => node.parentId !== null)).toEqual(
      ratio.award.filter((node) => node.parentId !== null),
    );
    expect(sums(derived).every((total) => total === 10_000)).toBe(true);
    expect(validateScheme(derived)).toEqual([]);
  });

  it('keeps every sibling set at 10,000 for shares that do not divide evenly, and at the ends', () => {
    for (const priceBp of [0, 1, 3333, 6667, 9999, 10_000]) {
      const derived = priceWeighedScheme(ratio, priceBp);
      expect(derived.award.find((node) => node.kind === 'price')!.weightBp).toBe(priceBp);
      expect(sums(derived).every((total) => total === 10_000)).toBe(true);
      expect(validateScheme(derived)).toEqual([]);
    }
    expect(() => priceWeighedScheme(ratio, 10_001)).toThrow(RangeError);
    expect(() => priceWeighedScheme(ratio, 12.5)).toThrow(RangeError);
  });

  it('names the price with an id no element of the scheme uses', () => {
    const taken: EvaluationScheme = {
      ...ratio,
      award: ratio.award.map((node) =>
        node.id === 'functionality'
          ? { ...node, id: 'price' }
          : node.parentId === 'functionality'
            ? { ...node, parentId: 'price' }
            : node,
      ),
    };
    expect(priceQuestionId(taken)).toBe('price-2');
    const derived = priceWeighedScheme(taken, 5000);
    expect(derived.award.find((node) => node.kind === 'price')!.id).toBe('price-2');
    expect(validateScheme(derived)).toEqual([]);
  });

  it('under the median method sets the price weight G_P and performance the rest', () => {
    const median = {
      ...ratio,
      method: {
        kind: 'ufabMedian' as const,
        performanceMaxPoints: 1000,
        performanceWeightBp: 7000,
      },
    };
    const derived = medianWithPriceWeight(median, 5000);
    expect(derived.method).toEqual({ ...median.method, performanceWeightBp: 5000 });
    expect(derived.award).toEqual(ratio.award);
    expect(validateScheme(derived)).toEqual([]);
  });
});
