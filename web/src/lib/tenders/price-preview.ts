import type { components } from '@tenderwise/schema/openapi-types';
import { formatDecimal } from '#lib/i18n/format.ts';
import { awardTree, type AwardTreeNode } from '#lib/options-reviews/scheme-tree.ts';
import { m } from '#lib/paraglide/messages.js';

// The price formula of a lot's scheme in words: what the engine's price preview says a bid some
// percent dearer than the cheapest would earn, so a buyer sees the formula's effect before
// publishing it (§ 127 (5) GWB: the evaluation, price formula included, is announced).

type EvaluationScheme = components['schemas']['EvaluationScheme'];
type PriceFormula = components['schemas']['PriceFormula'];
type PricePreviewRequest = components['schemas']['PricePreviewRequest'];
type PricePreviewResponse = components['schemas']['PricePreviewResponse'];
type Locale = 'de' | 'en';

/** How many percent above the cheapest bid each shown price lies; 0 is the cheapest itself. */
export const previewLevels = [0, 10, 20, 50] as const;

/** The cheapest price of the preview; the levels are percentages of it, so prices stay whole. */
const cheapest = 100;
/** The dearest bid of the expected field, which only the two-sided formula looks at. */
const dearestLevel = 50;

export interface PricePreviewRow {
  /** Percent above the cheapest bid. */
  percentAbove: number;
  /** Points the bid earns, as the API computed them (at most two decimal places). */
  points: number;
  /** Points it loses against the cheapest bid, exact to the hundredth. */
  lost: number;
}

export interface PricePreviewShown {
  formula: PriceFormula;
  /** The price criterion's points out of 100: its overall weight. */
  maxPoints: number;
  rows: PricePreviewRow[];
}

function leaves(entries: AwardTreeNode[]): AwardTreeNode[] {
  return entries.flatMap((entry) => (entry.children.length > 0 ? leaves(entry.children) : [entry]));
}

/**
 * The request for a scheme's price formula, or null when the scheme has none to show: no
 * weighted sum (the ratio methods publish no formula) or no price criterion with a weight.
 */
export function pricePreviewRequest(scheme: EvaluationScheme): PricePreviewRequest | null {
  if (scheme.method.kind !== 'weightedSum') return null;
  const price = leaves(awardTree(scheme.award)).find((entry) => entry.node.kind === 'price');
  const overallBp = price?.overallBp ?? 0;
  if (overallBp <= 0) return null;
  const dearest = cheapest + dearestLevel;
  return {
    // A field of the cheapest and the dearest bid; the shown bid joins it.
    expectedPrices: [cheapest, dearest],
    from: cheapest,
    to: dearest,
    // Steps of one percent, so every level is a price of the range.
    steps: dearestLevel,
    maxPoints: overallBp / 100,
    formulas: [scheme.method.priceFormula],
  };
}

/** Hundredths as a whole number, so differences of API decimals stay exact. */
const hundredths = (value: number) => Math.round(value * 100);

/** The preview's rows at the shown levels, or null if the answer lacks one of them. */
export function pricePreviewOf(
  request: PricePreviewRequest,
  answer: PricePreviewResponse,
): PricePreviewShown | null {
  const formula = answer.formulas[0];
  if (!formula || request.formulas.length !== 1) return null;
  const rows: PricePreviewRow[] = [];
  for (const percentAbove of previewLevels) {
    const index = answer.prices.findIndex(
      (price) => hundredths(price) === hundredths(cheapest + percentAbove),
    );
    const points = formula.points[index];
    if (index < 0 || points === undefined) return null;
    const lost = (hundredths(request.maxPoints) - hundredths(points)) / 100;
    rows.push({ percentAbove, points, lost });
  }
  return { formula: formula.formula, maxPoints: request.maxPoints, rows };
}

/** A percentage in the user's language: 20 → "20 %" or "20%". */
export function formatLevel(percentAbove: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(percentAbove / 100);
}

/** One sentence per row: what a bid this much dearer than the cheapest loses. */
export function pricePreviewSentence(
  row: PricePreviewRow,
  maxPoints: number,
  locale: Locale,
): string {
  const max = formatDecimal(maxPoints, locale);
  if (row.percentAbove === 0)
    return m.tender_flow_price_preview_sentence_cheapest({ max }, { locale });
  return m.tender_flow_price_preview_sentence(
    { percent: formatLevel(row.percentAbove, locale), lost: formatDecimal(row.lost, locale), max },
    { locale },
  );
}

/** The formula's name, as the results pages call it. */
export function priceFormulaName(formula: PriceFormula, locale: Locale): string {
  switch (formula.kind) {
    case 'lowestPriceRatio':
      return m.results_formula_lowest_ratio({}, { locale });
    case 'oneSidedLinear':
      return m.results_formula_one_sided(
        { k: formatDecimal(formula.zeroAtMultiple, locale) },
        { locale },
      );
    default:
      return m.results_formula_two_sided({}, { locale });
  }
}

/** The two-sided formula also depends on the dearest bid, which the preview fixes. */
export function dependsOnDearest(formula: PriceFormula): boolean {
  return formula.kind === 'twoSidedLinear';
}

export const previewDearestLevel = dearestLevel;
