import type { components } from '@tenderwise/schema/openapi-types';
import { describe, expect, it } from 'vitest';
import type { AwardNode, EvaluationScheme } from '../src/lib/options-reviews/scheme-tree.ts';
import {
  priceFormulaName,
  pricePreviewOf,
  pricePreviewRequest,
  pricePreviewSentence,
} from '../src/lib/tenders/price-preview.ts';

type PriceFormula = components['schemas']['PriceFormula'];

const title = (text: string) => ({ de: text, en: text });

function scheme(award: AwardNode[], priceFormula: PriceFormula): EvaluationScheme {
  return {
    method: { kind: 'weightedSum', priceFormula },
    award,
  } as unknown as EvaluationScheme;
}

const quality: AwardNode = {
  kind: 'ordinal',
  id: 'quality',
  parentId: null,
  title: title('quality'),
  weightBp: 6000,
  subject: 'service',
  scale: 5,
  anchors: [],
};
const price = (parentId: string | null, weightBp: number): AwardNode => ({
  kind: 'price',
  id: 'price',
  parentId,
  title: title('price'),
  weightBp,
});

/** The engine's answer for the lowest-price ratio at whole percents, rounded to hundredths. */
function ratioAnswer(maxPoints: number) {
  const prices = Array.from({ length: 51 }, (_, i) => 100 + i);
  return {
    prices,
    formulas: [
      {
        formula: { kind: 'lowestPriceRatio' as const },
        points: prices.map((p) => Math.round(((maxPoints * 100) / p) * 100) / 100),
      },
    ],
    ratios: null,
  };
}

describe('price preview of a lot scheme', () => {
  it('asks for the price criterion’s points, a field of cheapest and dearest, whole percents', () => {
    const request = pricePreviewRequest(
      scheme([quality, price(null, 4000)], { kind: 'lowestPriceRatio' }),
    );
    expect(request).toEqual({
      expectedPrices: [100, 150],
      from: 100,
      to: 150,
      steps: 50,
      maxPoints: 40,
      formulas: [{ kind: 'lowestPriceRatio' }],
    });
    const nested = pricePreviewRequest(
      scheme(
        [
          { kind: 'group', id: 'g', parentId: null, title: title('g'), weightBp: 5000 },
          { ...quality, weightBp: 5000 },
          price('g', 2500),
          { ...quality, id: 'q2', parentId: 'g', weightBp: 7500 },
        ],
        { kind: 'twoSidedLinear' },
      ),
    );
    expect(nested?.maxPoints).toBe(12.5);
  });

  it('asks nothing for a ratio method, a scheme without price or a price without weight', () => {
    const ufab = {
      method: { kind: 'ufabSimple' },
      award: [quality, price(null, 4000)],
    } as unknown as EvaluationScheme;
    expect(pricePreviewRequest(ufab)).toBeNull();
    expect(
      pricePreviewRequest(scheme([{ ...quality, weightBp: 10000 }], { kind: 'lowestPriceRatio' })),
    ).toBeNull();
    expect(
      pricePreviewRequest(scheme([quality, price(null, 0)], { kind: 'lowestPriceRatio' })),
    ).toBeNull();
  });

  it('takes the levels from the answer and loses exact hundredths', () => {
    const request = pricePreviewRequest(
      scheme([quality, price(null, 4000)], { kind: 'lowestPriceRatio' }),
    )!;
    const preview = pricePreviewOf(request, ratioAnswer(40));
    expect(preview?.maxPoints).toBe(40);
    expect(preview?.rows).toEqual([
      { percentAbove: 0, points: 40, lost: 0 },
      { percentAbove: 10, points: 36.36, lost: 3.64 },
      { percentAbove: 20, points: 33.33, lost: 6.67 },
      { percentAbove: 50, points: 26.67, lost: 13.33 },
    ]);
    const short = ratioAnswer(40);
    short.prices = short.prices.slice(0, 30);
    expect(pricePreviewOf(request, short)).toBeNull();
    expect(pricePreviewOf(request, { ...ratioAnswer(40), formulas: [] })).toBeNull();
  });

  it('says per level in German and English what a dearer bid loses', () => {
    const row = { percentAbove: 20, points: 27.5, lost: 12.5 };
    expect(pricePreviewSentence(row, 40, 'de').replace(/\u00a0/g, ' ')).toBe(
      'Ein Angebot, das 20 % teurer ist als das günstigste, verliert 12,5 von 40 Punkten.',
    );
    expect(pricePreviewSentence(row, 40, 'en')).toBe(
      'A bid 20% dearer than the cheapest loses 12.5 of 40 points.',
    );
    expect(pricePreviewSentence({ percentAbove: 0, points: 12.5, lost: 0 }, 12.5, 'de')).toBe(
      'Das günstigste Angebot erhält alle 12,5 Punkte.',
    );
    expect(priceFormulaName({ kind: 'oneSidedLinear', zeroAtMultiple: 1.5 }, 'de')).toContain(
      '1,5-Fachen',
    );
  });
});
