import type { ConversationText, EvaluationScheme } from '@tenderwise/schema';
import { mul, rational, toNumber } from '../../../../../engine/arithmetic/rational.ts';
import { effectiveWeights } from '../../../../../engine/scheme/effective-weights.ts';

const methods: Record<EvaluationScheme['method']['kind'], ConversationText> = {
  weightedSum: { de: 'gewichtete Summe', en: 'weighted sum' },
  ufabSimple: {
    de: 'einfache Richtwertmethode (UfAB 2018)',
    en: 'simple reference-value method (UfAB 2018)',
  },
  ufabExtended: {
    de: 'erweiterte Richtwertmethode (UfAB 2018)',
    en: 'extended reference-value method (UfAB 2018)',
  },
  ufabMedian: { de: 'Medianmethode (UfAB 2018)', en: 'median method (UfAB 2018)' },
};

const percent = (value: number) => String(value).replace('.', ',');

/**
 * The scheme in a few words: its method, its gates and the award criteria with their effective
 * weights (the engine's exact shares, rounded to one decimal only for reading).
 */
export function schemeSummary(scheme: EvaluationScheme): ConversationText {
  const leaves = [...effectiveWeights(scheme.award).values()].map(({ leaf, weight }) => ({
    title: leaf.title,
    percent: toNumber(mul(weight, rational(100n)), 1),
  }));
  const criteria = {
    de: leaves.map((leaf) => `${leaf.title.de} ${percent(leaf.percent)} %`).join('; '),
    en: leaves.map((leaf) => `${leaf.title.en} ${leaf.percent} %`).join('; '),
  };
  const gates = scheme.minimumRequirements.length;
  const suitability = scheme.suitability.length;
  return {
    de: `Wertungsschema „${scheme.title.de}“: ${methods[scheme.method.kind].de}; ${suitability} Eignungskriterien, ${gates} Mindestanforderungen; Zuschlagskriterien: ${criteria.de}.`,
    en: `Evaluation scheme “${scheme.title.en}”: ${methods[scheme.method.kind].en}; ${suitability} suitability criteria, ${gates} minimum requirements; award criteria: ${criteria.en}.`,
  };
}
