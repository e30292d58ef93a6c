import type {
  EvaluatedBid,
  EvaluationScheme,
  PriceFormulaRobustness,
  ResultsFigures,
  TopsisAdvice,
  WhatIfModel,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { toNumber } from '../../engine/arithmetic/rational.ts';
import { evaluationInputHash, schemeCommitment } from '../../engine/canonical/commitment.ts';
import { evaluate } from '../../engine/evaluation/evaluate.ts';
import { scoreMatrixOf, type ScoreMatrix } from '../../engine/numeric/score-matrix.ts';
import { previewPrices } from '../../engine/price/preview.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import { effectiveWeights } from '../../engine/scheme/effective-weights.ts';
import { weightStability } from '../../engine/sensitivity/stability.ts';
import { smaa } from '../../engine/smaa/smaa.ts';
import { topsis } from '../../engine/topsis/topsis.ts';
import {
  optionBids,
  type MissingInput,
  type ResultsConsensus,
  type ResultsOption,
} from './option-bids.ts';

/** A price formula as a scheme publishes it. */
type PriceFormula = Extract<EvaluationScheme['method'], { kind: 'weightedSum' }>['priceFormula'];

export interface ResultsInput {
  /** The scheme with the weights the results are to use (the scheme's own, or adopted ones). */
  scheme: EvaluationScheme;
  options: readonly ResultsOption[];
  consensus: readonly ResultsConsensus[];
}

export type ResultsOutcome =
  | { status: 'ready'; figures: ResultsFigures }
  | { status: 'incomplete'; missing: MissingInput[] }
  | { status: 'invalid'; issues: string[] };

/** SMAA's fixed settings: the same inputs give the same acceptabilities, byte for byte. */
export const resultsSmaa = {
  samples: 4_000,
  seed: 20_261_204,
  sampling: { kind: 'aroundPublished', percent: 25 },
} as const;

/** The price formulas an options review may compare (advisory: no procedure binds it). */
export const comparedPriceFormulas: readonly PriceFormula[] = [
  { kind: 'lowestPriceRatio' },
  { kind: 'oneSidedLinear', zeroAtMultiple: 2 },
  { kind: 'twoSidedLinear' },
];

const notes = {
  smaa: {
    de: 'Beratend: SMAA-2 (Lahdelma & Salminen 2001) mit 4.000 Gewichtungen, jede Gewichtung zufällig bis ±25 % um die verwendete, fester Startwert. Zeigt, wie oft jede Option welchen Rang erreicht; die Rangfolge selbst bleibt die der Bewertung.',
    en: 'Advisory: SMAA-2 (Lahdelma & Salminen 2001) over 4,000 weightings, each weight drawn within ±25 % of the one used, with a fixed seed. Shows how often each option takes each rank; the ranking itself remains the evaluation’s.',
  },
  priceFormulas: {
    de: 'Beratend: dieselbe Bewertung mit anderen Preisformeln. Ein Optionenvergleich darf sie erkunden; in einem Vergabeverfahren gilt allein die veröffentlichte Formel.',
    en: 'Advisory: the same evaluation under other price formulas. An options review may explore them; in a tender only the published formula applies.',
  },
  topsis: {
    de: 'Beratend: TOPSIS (Hwang & Yoon 1981) ordnet nach der Nähe zum Idealpunkt. Es ist nicht das Ergebnis der Bewertung und wird nie auf ein Vergabeverfahren angewandt.',
    en: 'Advisory: TOPSIS (Hwang & Yoon 1981) orders by closeness to the ideal point. It is not the evaluation’s result and is never applied to a tender.',
  },
} as const;

const round = (value: number, digits = 6) => {
  const factor = 10 ** digits;
  // Adding 0 turns a negative zero into zero, so JSON shows 0.
  return Math.round(value * factor) / factor + 0;
};

/**
 * The results of an options review: the exact engine's ranking with per-criterion contributions,
 * weight stability and rank swaps, and, labelled as advisory, SMAA rank acceptability (seeded),
 * the ranking under other price formulas and TOPSIS; plus what a client needs to re-rank for
 * other weights (`whatIf`). Pure and deterministic: the same inputs give the same figures,
 * whatever the order of the options or scores. Heavy for many options, so the service runs it
 * on the worker pool (`optionsReviewResults` in runtime/workers/tasks.ts).
 */
export function optionsReviewResults(input: ResultsInput): ResultsOutcome {
  const { scheme } = input;
  const options = [...input.options].sort((a, b) => (a.id < b.id ? -1 : 1));
  const { bids, missing } = optionBids(scheme, options, input.consensus);
  if (missing.length > 0) return { status: 'incomplete', missing };
  if (bids.length === 0) return { status: 'incomplete', missing: [] };

  let evaluation;
  try {
    evaluation = evaluate(scheme, bids);
  } catch (error) {
    if (error instanceof EngineInputError)
      return { status: 'invalid', issues: error.issues.map((issue) => issue.message) };
    throw error;
  }

  let matrix: ScoreMatrix | null = null;
  let notAnalysable: string | null = null;
  try {
    matrix = scoreMatrixOf(scheme, bids);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    notAnalysable = error.issues.map((issue) => issue.message).join('; ');
  }
  const analysable = matrix !== null && matrix.bidIds.length > 0 ? matrix : null;

  return {
    status: 'ready',
    figures: {
      options: options.map(({ id, name, vendorName }) => ({ id, name, vendorName })),
      criteria: criteriaOf(scheme),
      unjudged: unjudgedOf(scheme),
      evaluation: {
        ...evaluation,
        schemeCommitment: schemeCommitment(scheme),
        inputHash: evaluationInputHash(scheme, bids),
      },
      notAnalysable,
      stability: analysable && stabilityOf(analysable),
      smaa: analysable && smaaOf(analysable),
      priceFormulas: priceFormulasOf(scheme, bids, evaluation.ranking),
      topsis: analysable && topsisOf(analysable),
      whatIf: analysable && whatIfOf(analysable),
    },
  };
}

/** The award tree in the scheme's order, with each node's effective weight. */
function criteriaOf(scheme: EvaluationScheme): ResultsFigures['criteria'] {
  const leaves = effectiveWeights(scheme.award);
  const byId = new Map(scheme.award.map((node) => [node.id, node]));
  const weightOf = (id: string): number => {
    const leaf = leaves.get(id);
    if (leaf) return toNumber(leaf.weight, 6) * 100;
    // A group weighs what its leaves weigh together.
    return scheme.award
      .filter((node) => node.kind !== 'group' && isUnder(byId, node.id, id))
      .reduce((total, node) => total + toNumber(leaves.get(node.id)!.weight, 6) * 100, 0);
  };
  return scheme.award.map((node) => ({
    id: node.id,
    parentId: node.parentId,
    kind: node.kind,
    title: node.title,
    weightBp: node.weightBp,
    weightPercent: round(weightOf(node.id), 4),
  }));
}

function isUnder(
  byId: Map<string, EvaluationScheme['award'][number]>,
  id: string,
  ancestor: string,
): boolean {
  for (let node = byId.get(id); node; node = node.parentId ? byId.get(node.parentId) : undefined)
    if (node.parentId === ancestor) return true;
  return false;
}

function unjudgedOf(scheme: EvaluationScheme): ResultsFigures['unjudged'] {
  return [
    ...(scheme.exclusionGrounds ?? []),
    ...(scheme.restrictedRequirements ?? []),
    ...scheme.suitability,
    ...scheme.minimumRequirements,
    ...scheme.conditions,
  ].map((criterion) => ({
    criterionId: criterion.id,
    legalType: criterion.legalType,
    title: criterion.title,
  }));
}

function stabilityOf(matrix: ScoreMatrix): NonNullable<ResultsFigures['stability']> {
  const margin = 1;
  const stability = weightStability(matrix, { margin });
  return {
    noClearWinner: stability.noClearWinner,
    margin,
    criteria: stability.nodes.map((node) => ({
      nodeId: node.nodeId,
      kind: node.kind,
      share: round(node.share),
      parentWeight: round(node.parentWeight),
      stable: { from: round(node.stableFrom), to: round(node.stableTo) },
      swaps: node.swaps.map(({ above, below, atShare }) => ({
        above,
        below,
        atShare: atShare === null ? null : round(atShare),
      })),
    })),
  };
}

function smaaOf(matrix: ScoreMatrix): NonNullable<ResultsFigures['smaa']> {
  const result = smaa(matrix, resultsSmaa);
  const bids = matrix.bidIds.length;
  const leaves = matrix.criterionIds.length;
  return {
    advisory: true,
    note: notes.smaa,
    samples: resultsSmaa.samples,
    seed: resultsSmaa.seed,
    sampling: { ...resultsSmaa.sampling },
    acceptability: matrix.bidIds.map((bidId, bid) => ({
      bidId,
      ranks: Array.from(result.rankAcceptability.subarray(bid * bids, (bid + 1) * bids), (share) =>
        round(share),
      ),
    })),
    centralWeights: matrix.bidIds.map((bidId, bid) => ({
      bidId,
      weights:
        result.firstCount[bid] === 0
          ? null
          : matrix.criterionIds.map((criterionId, leaf) => ({
              criterionId,
              weight: round(result.centralWeights[bid * leaves + leaf]!),
            })),
    })),
  };
}

/**
 * The same evaluation under each price formula an options review may compare (weighted sum
 * only: the reference-value methods have no price formula), and each formula's points over the
 * range of the options' prices.
 */
function priceFormulasOf(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
  official: ReturnType<typeof evaluate>['ranking'],
): z.output<typeof PriceFormulaRobustness> | null {
  const method = scheme.method;
  const priceLeaf = scheme.award.find((node) => node.kind === 'price');
  const admitted = official.filter((bid) => bid.rank !== null);
  if (method.kind !== 'weightedSum' || priceLeaf === undefined || admitted.length === 0)
    return null;
  const published = method.priceFormula;
  const same = (a: PriceFormula, b: PriceFormula) => JSON.stringify(a) === JSON.stringify(b);
  const formulas = [
    published,
    ...comparedPriceFormulas.filter((formula) => !same(formula, published)),
  ];
  const officialOrder = official.map((bid) => `${bid.id}:${bid.rank}`).join(',');
  const officialWinners = admitted.filter((bid) => bid.rank === 1).map((bid) => bid.id);
  const prices = admitted.map((bid) => bid.price);
  const lowest = Math.min(...prices);
  const highest = Math.max(...prices);
  const leafWeight = effectiveWeights(scheme.award).get(priceLeaf.id)!.weight;
  return {
    advisory: true,
    note: notes.priceFormulas,
    formulas: formulas.map((formula) => {
      const ranking = same(formula, published)
        ? official
        : evaluate({ ...scheme, method: { kind: 'weightedSum', priceFormula: formula } }, bids)
            .ranking;
      const winners = ranking.filter((bid) => bid.rank === 1).map((bid) => bid.id);
      return {
        formula,
        published: same(formula, published),
        ranking: ranking.map((bid) => ({ optionId: bid.id, rank: bid.rank })),
        sameWinner: winners.join(',') === officialWinners.join(','),
        sameOrder: ranking.map((bid) => `${bid.id}:${bid.rank}`).join(',') === officialOrder,
      };
    }),
    preview: previewOf({
      expectedPrices: prices,
      from: lowest,
      to: highest,
      steps: lowest === highest ? 1 : 20,
      maxPoints: toNumber(leafWeight, 6) * 100,
      formulas,
    }),
  };
}

function previewOf(
  input: Parameters<typeof previewPrices<PriceFormula>>[0],
): z.output<typeof PriceFormulaRobustness>['preview'] {
  const { prices, formulas } = previewPrices(input);
  return { prices, formulas };
}

/**
 * TOPSIS over the leaves at their weights: each leaf's share of its points as a benefit, except
 * the price, which enters as the evaluated price, a cost. Weighted sum only: the reference-value
 * methods divide by the price, which TOPSIS cannot weigh.
 */
function topsisOf(matrix: ScoreMatrix): z.output<typeof TopsisAdvice> | null {
  if (matrix.method !== 'weightedSum') return null;
  const columns = matrix.criterionIds.length;
  const result = topsis(
    matrix.criterionIds.map((id, column) => ({
      id,
      weight: matrix.weights[column]!,
      direction: column === matrix.priceColumn ? ('cost' as const) : ('benefit' as const),
    })),
    matrix.bidIds.map((id, row) => ({
      id,
      values: Array.from({ length: columns }, (_, column) =>
        column === matrix.priceColumn ? matrix.price[row]! : matrix.shares[row * columns + column]!,
      ),
    })),
  );
  return {
    advisory: true,
    note: notes.topsis,
    ranking: result.ranking.map(({ id, rank, closeness }) => ({ optionId: id, rank, closeness })),
  };
}

function whatIfOf(matrix: ScoreMatrix): WhatIfModel {
  const columns = matrix.criterionIds.length;
  return {
    nodes: matrix.nodes.map((node) => ({
      id: node.id,
      parentId: node.parent === -1 ? null : matrix.nodes[node.parent]!.id,
      share: node.share,
      column: node.column,
    })),
    criterionIds: matrix.criterionIds,
    optionIds: matrix.bidIds,
    shares: matrix.bidIds.map((_, row) =>
      Array.from(matrix.shares.subarray(row * columns, (row + 1) * columns)),
    ),
    rowFactor: Array.from(matrix.rowFactor, (factor) => (factor === Infinity ? null : factor)),
    priceColumn: matrix.priceColumn,
    price: Array.from(matrix.price),
    corridor: matrix.corridor,
  };
}

/** The results as a worker task (registered as `optionsReviewResults`). */
export function optionsReviewResultsTask(input: ResultsInput): ResultsOutcome {
  return optionsReviewResults(input);
}
