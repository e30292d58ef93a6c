import type { ConversationText, ConversationWidget, EvaluationScheme } from '@tenderwise/schema';
import {
  fromDecimal,
  mul,
  rational,
  sub,
  toNumber,
} from '../../../../../engine/arithmetic/rational.ts';
import { previewPrices } from '../../../../../engine/price/preview.ts';
import { effectiveWeights } from '../../../../../engine/scheme/effective-weights.ts';
import { basisPointShare } from '../../../../../engine/weights/basis-points.ts';
import { DEFAULT_ZERO_AT_MULTIPLE, formulaName, type Formula } from './price-methods.ts';
import { numberText, tx } from './texts.ts';

/** The preview's bids: the cheapest at 100 and the dearest at twice that, steps of 10 %. */
const CHEAPEST = 100;
const DEAREST = 200;
const STEPS = 10;
/** The bid the sentence speaks of: this many percent above the cheapest. */
export const EXAMPLE_ABOVE_PERCENT = 20;

export interface PricePreviewText {
  text: ConversationText;
  widget: Extract<ConversationWidget, { kind: 'pricePreview' }> | null;
}

/** The formula shown beside the scheme's own, to compare its steepness with. */
function comparedWith(formula: Formula): Formula {
  return formula.kind === 'lowestPriceRatio'
    ? { kind: 'oneSidedLinear', zeroAtMultiple: DEFAULT_ZERO_AT_MULTIPLE }
    : { kind: 'lowestPriceRatio' };
}

function points(maxPoints: number, formulas: Formula[]) {
  const preview = previewPrices({
    expectedPrices: [CHEAPEST, DEAREST],
    from: CHEAPEST,
    to: DEAREST,
    steps: STEPS,
    maxPoints,
    formulas,
  });
  return preview.formulas.map(({ formula, points: values }) => ({
    formula,
    points: values.map((value, index) => ({
      abovePercent: (index * 100) / STEPS,
      points: String(value),
    })),
    lost: toNumber(
      sub(fromDecimal(maxPoints), fromDecimal(values[EXAMPLE_ABOVE_PERCENT / STEPS]!)),
      2,
    ),
  }));
}

/**
 * How the price is scored, in words and as the preview widget's figures: the points a bid loses
 * at 20 % above the cheapest, computed by the engine's price preview. The field is a cheapest
 * bid and one twice as dear, which only the two-sided formula reads (its zero point).
 */
export function pricePreviewOf(scheme: EvaluationScheme): PricePreviewText {
  const method = scheme.method;
  const p = EXAMPLE_ABOVE_PERCENT;
  if (method.kind === 'weightedSum') {
    const priceLeaf = [...effectiveWeights(scheme.award).values()].find(
      ({ leaf }) => leaf.kind === 'price',
    );
    if (priceLeaf === undefined) return { text: tx('', ''), widget: null };
    const maxPoints = toNumber(mul(priceLeaf.weight, rational(100n)), 4);
    const [own, other] = points(maxPoints, [
      method.priceFormula,
      comparedWith(method.priceFormula),
    ]);
    const m = numberText(maxPoints);
    const lost = (value: number) => numberText(value);
    const ownName = formulaName(own!.formula);
    const otherName = formulaName(other!.formula);
    const twoSided =
      own!.formula.kind === 'twoSidedLinear'
        ? tx(
            ' (angenommen, das teuerste Angebot kostet das Doppelte des günstigsten)',
            ' (assuming the dearest bid costs twice the cheapest)',
          )
        : tx('', '');
    return {
      text: tx(
        `Ein Angebot, das ${p} % teurer ist als das günstigste, verliert ${lost(own!.lost).de} von ${m.de} Punkten – ${ownName.de}${twoSided.de}. Zum Vergleich: ${otherName.de}: ${lost(other!.lost).de} von ${m.de} Punkten.`,
        `A bid ${p} % dearer than the cheapest loses ${lost(own!.lost).en} of ${m.en} points – ${ownName.en}${twoSided.en}. For comparison, ${otherName.en}: ${lost(other!.lost).en} of ${m.en} points.`,
      ),
      widget: {
        kind: 'pricePreview',
        maxPoints: String(maxPoints),
        formulas: [own!, other!].map(({ formula, points: values }) => ({
          formula,
          points: values,
        })),
      },
    };
  }
  if (method.kind === 'ufabMedian') {
    // UfAB 2018, Medianmethode: the price part is 100 · G_P · (2 − P/P_M); p % above the median
    // costs 100 · G_P · p/100 points.
    const priceShare = basisPointShare(10_000 - method.performanceWeightBp);
    const lost = numberText(toNumber(mul(priceShare, rational(BigInt(p))), 2));
    return {
      text: tx(
        `Bei der Medianmethode verliert ein Angebot, das ${p} % über dem Median der Preise liegt, ${lost.de} von 100 Punkten gegenüber einem Angebot zum Medianpreis.`,
        `Under the median method a bid ${p} % above the median price loses ${lost.en} of 100 points against a bid at the median price.`,
      ),
      widget: null,
    };
  }
  // UfAB 2018, Richtwertmethode: Z = L/P, so at equal performance a bid's ratio is Pmin/P of the
  // best one — the lowest-price ratio, read as percent of the best ratio.
  const [own, other] = points(100, [
    { kind: 'lowestPriceRatio' },
    { kind: 'oneSidedLinear', zeroAtMultiple: DEFAULT_ZERO_AT_MULTIPLE },
  ]);
  const lost = numberText(own!.lost);
  return {
    text: tx(
      `Bei der Richtwertmethode hat ein Angebot mit gleicher Leistung, das ${p} % teurer ist als das günstigste, eine um ${lost.de} % niedrigere Kennzahl Leistung je Preis; es muss also ${p} % mehr Leistungspunkte erreichen, um gleichzuziehen.`,
      `Under the reference-value method a bid with equal performance that is ${p} % dearer than the cheapest has a performance-per-price ratio ${lost.en} % lower; it needs ${p} % more performance points to draw level.`,
    ),
    widget: {
      kind: 'pricePreview',
      maxPoints: '100',
      formulas: [own!, other!].map(({ formula, points: values }) => ({ formula, points: values })),
    },
  };
}
