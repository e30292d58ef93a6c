import type {
  AwardNode,
  ConversationText,
  EvaluationMethod,
  EvaluationScheme,
  PriceFormula,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { removeAwardNodes } from './award-tree-edits.ts';
import { numberText, tx } from './texts.ts';
import { toBasisPoints } from '../../../../../engine/weights/basis-points.ts';

export type Formula = z.output<typeof PriceFormula>;

export const methodChoices = [
  'lowestPriceRatio',
  'oneSidedLinear',
  'twoSidedLinear',
  'ufabSimple',
  'ufabExtended',
  'ufabMedian',
] as const;
export type MethodChoice = (typeof methodChoices)[number];

/** The one-sided formula's zero point when none is named: twice the lowest price. */
export const DEFAULT_ZERO_AT_MULTIPLE = 2;
/** The price's weight when a reference-value method gives way to a weighted sum. */
export const DEFAULT_PRICE_PERCENT = 30;

export function formulaName(formula: Formula): ConversationText {
  switch (formula.kind) {
    case 'lowestPriceRatio':
      return tx(
        'Preisquotient (niedrigster Preis ÷ Angebotspreis)',
        'lowest-price ratio (lowest price ÷ bid price)',
      );
    case 'oneSidedLinear': {
      const k = numberText(Number(formula.zeroAtMultiple));
      return tx(
        `einseitig linear (null Punkte beim ${k.de}-fachen des niedrigsten Preises)`,
        `one-sided linear (zero points at ${k.en} times the lowest price)`,
      );
    }
    case 'twoSidedLinear':
      return tx(
        'zweiseitig linear (zwischen niedrigstem und höchstem Preis)',
        'two-sided linear (between the lowest and the highest price)',
      );
  }
}

export function methodName(method: EvaluationMethod): ConversationText {
  switch (method.kind) {
    case 'weightedSum': {
      const formula = formulaName(method.priceFormula);
      return tx(`gewichtete Summe, ${formula.de}`, `weighted sum, ${formula.en}`);
    }
    case 'ufabSimple':
      return tx(
        'einfache Richtwertmethode (Leistung je Preis, UfAB 2018)',
        'simple reference-value method (performance per price, UfAB 2018)',
      );
    case 'ufabExtended': {
      const corridor = numberText(method.corridorPercent);
      return tx(
        `erweiterte Richtwertmethode (Schwankungsbereich ${corridor.de} %, UfAB 2018)`,
        `extended reference-value method (corridor ${corridor.en} %, UfAB 2018)`,
      );
    }
    case 'ufabMedian':
      return tx('Medianmethode (UfAB 2018)', 'median method (UfAB 2018)');
  }
}

const impliedWeighting = tx(
  'Leistung und Preis gehen über den Quotienten Leistung je Preis ein; die einfache Richtwertmethode entspricht in ihrer Elastizität etwa einer Gewichtung von 50:50 (Ferber in Müller-Wrede, VgV, § 58 Rn. 32).',
  'Performance and price enter through the ratio of performance to price; the simple reference-value method corresponds in its elasticity to a weighting of about 50:50 (Ferber in Müller-Wrede, VgV, § 58 para. 32).',
);

function priceLeafOf(scheme: EvaluationScheme): AwardNode | undefined {
  return scheme.award.find((node) => node.kind === 'price');
}

/** The price's share of the top level, in basis points, where the price is a top-level leaf. */
function priceShareBp(scheme: EvaluationScheme): number | undefined {
  const leaf = priceLeafOf(scheme);
  return leaf?.parentId === null ? leaf.weightBp : undefined;
}

function freeId(scheme: EvaluationScheme, wanted: string): string {
  const used = new Set(
    [
      ...scheme.award,
      ...scheme.suitability,
      ...scheme.minimumRequirements,
      ...scheme.conditions,
      ...(scheme.exclusionGrounds ?? []),
      ...(scheme.restrictedRequirements ?? []),
    ].map((item) => item.id),
  );
  for (let n = 1; ; n++) {
    const id = n === 1 ? wanted : `${wanted}-${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * The scheme under another method. A weighted sum scores the price as a leaf of the tree; the
 * reference-value methods set performance against price, so the price leaf leaves the tree
 * (and the top level is spread again), or joins it at `pricePercent` when a weighted sum returns.
 */
export function withMethod(
  scheme: EvaluationScheme,
  choice: MethodChoice,
  options: { zeroAtMultiple?: string; pricePercent?: string },
): EvaluationScheme {
  const old = scheme.method;
  const ratio = old.kind === 'ufabSimple' || old.kind === 'ufabExtended' ? old : undefined;
  const performanceMaxPoints = old.kind === 'weightedSum' ? 1_000 : old.performanceMaxPoints;
  const ratioPerCurrencyUnits = ratio?.ratioPerCurrencyUnits ?? 1_000;
  let method: EvaluationMethod;
  switch (choice) {
    case 'lowestPriceRatio':
    case 'twoSidedLinear':
      method = { kind: 'weightedSum', priceFormula: { kind: choice } };
      break;
    case 'oneSidedLinear':
      method = {
        kind: 'weightedSum',
        priceFormula: {
          kind: 'oneSidedLinear',
          zeroAtMultiple: Number(options.zeroAtMultiple ?? DEFAULT_ZERO_AT_MULTIPLE),
        },
      };
      break;
    case 'ufabSimple':
      method = {
        kind: 'ufabSimple',
        impliedWeighting: ratio?.impliedWeighting ?? impliedWeighting,
        performanceMaxPoints,
        ratioPerCurrencyUnits,
      };
      break;
    case 'ufabExtended':
      method = {
        kind: 'ufabExtended',
        impliedWeighting: ratio?.impliedWeighting ?? impliedWeighting,
        performanceMaxPoints,
        ratioPerCurrencyUnits,
        corridorPercent: old.kind === 'ufabExtended' ? old.corridorPercent : 5,
        tieBreak: old.kind === 'ufabExtended' ? old.tieBreak : 'highestPerformance',
      };
      break;
    case 'ufabMedian': {
      const price = priceShareBp(scheme);
      method = {
        kind: 'ufabMedian',
        performanceMaxPoints,
        performanceWeightBp:
          old.kind === 'ufabMedian'
            ? old.performanceWeightBp
            : Math.min(9_999, Math.max(1, 10_000 - (price ?? 5_000))),
      };
      break;
    }
  }
  const leaf = priceLeafOf(scheme);
  if (method.kind !== 'weightedSum') {
    return {
      ...scheme,
      method,
      award: leaf === undefined ? scheme.award : removeAwardNodes(scheme.award, [leaf.id]),
    };
  }
  if (leaf !== undefined) return { ...scheme, method };
  // The price joins the top level at its share; the others keep their proportions.
  const priceBp = Math.round(
    Number(
      options.pricePercent ??
        (old.kind === 'ufabMedian'
          ? (10_000 - old.performanceWeightBp) / 100
          : DEFAULT_PRICE_PERCENT),
    ) * 100,
  );
  const id = freeId(scheme, 'price');
  const top = scheme.award.filter((node) => node.parentId === null);
  const points = toBasisPoints([
    ...top.map((node) => ({ id: node.id, weight: node.weightBp * (10_000 - priceBp) })),
    { id, weight: priceBp * 10_000 },
  ]);
  return {
    ...scheme,
    method,
    award: [
      ...scheme.award.map((node) =>
        node.parentId === null ? { ...node, weightBp: points.get(node.id)! } : node,
      ),
      {
        id,
        parentId: null,
        kind: 'price',
        title: { de: 'Preis', en: 'Price' },
        weightBp: points.get(id)!,
      },
    ],
  };
}
