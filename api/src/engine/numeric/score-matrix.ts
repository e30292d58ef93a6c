import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { percent, sign, toNumber } from '../arithmetic/rational.ts';
import { exclusionsOf } from '../evaluation/exclusions.ts';
import { rankBids } from '../evaluation/rank.ts';
import { scoreAdmittedBids } from '../evaluation/score-bids.ts';
import { validateBids } from '../evaluation/validate-bids.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { validateScheme } from '../scheme/validate-scheme.ts';
import { basisPointShare } from '../weights/basis-points.ts';

/** One node of the award tree, by index, for analyses that vary a sibling set's shares. */
export interface MatrixNode {
  id: string;
  /** Index of the parent node in `nodes`; -1 at the top level. */
  parent: number;
  /** Published share of its sibling set, 0–1. */
  share: number;
  /** Column of a leaf in `shares`; -1 for a group. */
  column: number;
}

/**
 * Floating-point view of an evaluation, for analyses (sensitivity, SMAA) that score thousands of
 * weight vectors. The official ranking stays the exact engine's (`evaluate`): this matrix is
 * built from its exact shares and holds the bids in its order; its sums are floating point, so
 * `official-order.ts` ranks other weight vectors by the published rule (corridor, score,
 * performance, price) on them. Plain data and typed arrays, so it can be sent to a worker.
 */
export interface ScoreMatrix {
  /** Not the median method: its ratio is not a multiple of Σ weight·share (see below). */
  method: Exclude<EvaluationScheme['method']['kind'], 'ufabMedian'>;
  /**
   * Admitted bids, in the exact engine's rank order (ties by id): row 0 is the official winner,
   * and analyses of "the ranking" analyse this order, not the floating-point sums' order.
   */
  bidIds: string[];
  /** Scored leaves in tree order: under the weighted sum including the price leaf. */
  criterionIds: string[];
  /** Share of each leaf's points earned, 0–1; bids × leaves, row-major. */
  shares: Float64Array;
  /** Each leaf's published effective weight (its share of the whole tree). */
  weights: Float64Array;
  /**
   * Per bid, what turns Σ weight·share into its score: 100 points under the weighted sum;
   * L_max · ratio units / P under UfAB, so that the score is Z = L/P (Infinity for P ≤ 0, a ratio
   * without value, which the exact engine ranks first).
   */
  rowFactor: Float64Array;
  /**
   * The column of the price leaf (weighted sum), or -1 (UfAB, where price divides): Σ
   * weight·share without it is the performance a tie on the score falls back to (points without
   * price under the weighted sum, the performance points L under UfAB, up to a constant factor).
   */
  priceColumn: number;
  /** Each bid's evaluated price, the last tie-break (lower first). */
  price: Float64Array;
  /**
   * The extended reference-value method's corridor (UfAB 2018, erweiterte Richtwertmethode):
   * bids with Z at least (1 − fraction) · the best Z rank first, decided among themselves by the
   * published tie-break. Null for the other methods.
   */
  corridor: Corridor | null;
  /** The award tree: groups and leaves, parents before children. */
  nodes: MatrixNode[];
}

export interface Corridor {
  /** The corridor's width below the best Z, 0–0.1 (the published percentage / 100). */
  fraction: number;
  decidedBy: 'lowestPrice' | 'highestPerformance';
}

/**
 * Builds the score matrix of the admitted bids with the exact engine (checks, exclusions, leaf
 * shares, price formula over the admitted bids only). Throws `EngineInputError` as `evaluate`.
 */
export function scoreMatrixOf(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
  referenceDate: string = scheme.submissionDeadline,
): ScoreMatrix {
  const issues = [
    ...validateScheme(scheme).map((issue) => ({ ...issue, pointer: `/scheme${issue.pointer}` })),
    ...validateBids(scheme, bids),
  ];
  const method = scheme.method;
  if (method.kind === 'ufabMedian') {
    // Z = 100·(G_L·L/L_M + G_P·(2 − P/P_M)): the medians move with the weights, so a row factor
    // cannot carry it.
    issues.push({
      pointer: '/scheme/method/kind',
      code: 'method-not-analysable',
      message:
        'This analysis is not available for the UfAB median method, whose ratio depends on the medians of all bids',
    });
  }
  const namedTieBreak = method.kind === 'ufabExtended' && typeof method.tieBreak === 'object';
  if (namedTieBreak) {
    // Inside the corridor a named criterion decides: its points move with the weights being
    // varied, which the corridor model (lowest price or highest performance) does not follow.
    issues.push({
      pointer: '/scheme/method/tieBreak',
      code: 'method-not-analysable',
      message:
        'This analysis is not available when a named award criterion decides inside the corridor',
    });
  }
  if (issues.length > 0 || method.kind === 'ufabMedian' || namedTieBreak) {
    throw new EngineInputError(issues);
  }
  const admitted = [...bids]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter((bid) => exclusionsOf(scheme, bid).length === 0);
  const scores = scoreAdmittedBids(scheme, admitted, referenceDate);
  // The official order: exact figures, as `evaluate` ranks them (ADR 0019).
  const ranked = rankBids(method, scores);
  const rankOf = new Map(ranked.map((entry) => [entry.id, entry.rank]));
  const ordered = [...scores].sort(
    (a, b) => rankOf.get(a.id)! - rankOf.get(b.id)! || (a.id < b.id ? -1 : 1),
  );

  const order = treeOrder(scheme);
  const leaves = order.filter((node) => node.kind !== 'group');
  const columnOf = new Map(leaves.map((leaf, column) => [leaf.id, column]));
  const indexOf = new Map(order.map((node, index) => [node.id, index]));
  const nodes = order.map((node): MatrixNode => ({
    id: node.id,
    parent: node.parentId === null ? -1 : indexOf.get(node.parentId)!,
    share: toNumber(basisPointShare(node.weightBp), 15),
    column: columnOf.get(node.id) ?? -1,
  }));

  const columns = leaves.length;
  const shares = new Float64Array(ordered.length * columns);
  const weights = new Float64Array(columns);
  const rowFactor = new Float64Array(ordered.length);
  const price = new Float64Array(ordered.map((score) => toNumber(score.price, 15)));
  ordered.forEach((score, row) => {
    for (const contribution of score.contributions) {
      const column = columnOf.get(contribution.criterionId)!;
      shares[row * columns + column] = toNumber(contribution.share, 15);
      if (row === 0) weights[column] = toNumber(contribution.weight, 15);
    }
    if (method.kind === 'weightedSum') rowFactor[row] = 100;
    else {
      // UfAB 2018, Richtwertmethode: Z = L / P per the published currency units.
      rowFactor[row] =
        sign(score.price) <= 0
          ? Infinity
          : (method.performanceMaxPoints * method.ratioPerCurrencyUnits) / toNumber(score.price, 6);
    }
  });
  return {
    method: method.kind,
    bidIds: ordered.map((score) => score.id),
    criterionIds: leaves.map((leaf) => leaf.id),
    shares,
    weights,
    rowFactor,
    priceColumn: leaves.findIndex((leaf) => leaf.kind === 'price'),
    price,
    corridor:
      method.kind === 'ufabExtended'
        ? {
            fraction: toNumber(percent(method.corridorPercent), 15),
            decidedBy: method.tieBreak as Corridor['decidedBy'],
          }
        : null,
    nodes,
  };
}

/** The award tree depth-first in the scheme's order of siblings, parents before children. */
function treeOrder(scheme: EvaluationScheme): EvaluationScheme['award'] {
  const children = new Map<string | null, EvaluationScheme['award']>();
  for (const node of scheme.award) {
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  const result: EvaluationScheme['award'] = [];
  const visit = (parentId: string | null) => {
    for (const node of children.get(parentId) ?? []) {
      result.push(node);
      visit(node.id);
    }
  };
  visit(null);
  return result;
}
