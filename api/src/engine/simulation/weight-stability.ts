import type { EvaluationMethod } from '@tenderwise/schema';
import { mul, toNumber, type Rational } from '../arithmetic/rational.ts';
import { decideWinner, exactFigures, floatFigures, type Weighting } from './decide.ts';
import { perturbation, type PerturbableNode, type RunBid, type SimulationModel } from './model.ts';
import { baseQuality } from './quality.ts';

export interface WeightChange {
  criterionId: string;
  /** Whether the winner changes when the node's weight rises / falls by the percentage. */
  up: boolean;
  down: boolean;
}

/**
 * A simple one-at-a-time check, not the stability intervals of a sensitivity analysis: each node
 * of the tree (criterion or group) in turn gets its weight raised and lowered by `percent` per
 * cent of itself, its siblings rescaled in proportion so the set still sums to 100 %, all other
 * weights unchanged; does the winner change? Nodes alone in their set, or weighted 0, are skipped.
 */
export function weightChanges(
  model: SimulationModel,
  bids: readonly RunBid[],
  winner: string | null,
  percent: Rational,
  method: EvaluationMethod = model.scheme.method,
): { changes: WeightChange[]; exactDecisions: number } {
  const quality = baseQuality(model, bids);
  // Each bid's weighted quality below every node of the tree, so a perturbation costs O(bids).
  const below = bids.map((bid) => {
    const totals = new Float64Array(model.scheme.award.length);
    model.leafAncestors.forEach((ancestors, leaf) => {
      const part = model.weightsFloat[leaf]! * bid.shares[leaf]!;
      for (const index of ancestors) totals[index]! += part;
    });
    return totals;
  });
  const priceWeight = toFloat(model.priceWeight);
  let exactDecisions = 0;
  const decide = (node: PerturbableNode, direction: 1 | -1): boolean => {
    const factors = perturbation(node, percent, direction);
    const own = toFloat(factors.own);
    const siblings = toFloat(factors.siblings);
    const changed = bids.map((_, b) => {
      const inNode = below[b]![node.index]!;
      const inSet = node.parent === -1 ? quality[b]! : below[b]![node.parent]!;
      return quality[b]! + (own - 1) * inNode + (siblings - 1) * (inSet - inNode);
    });
    const priceFactor = node.price === 'own' ? own : node.price === 'sibling' ? siblings : 1;
    const decision = decideWinner(
      method,
      bids,
      floatFigures(model, method, bids, changed, priceWeight * priceFactor),
      (only) => exactFigures(model, method, bids, weightingOf(model, node, factors), only),
    );
    if (decision.exact) exactDecisions++;
    return decision.winner !== winner;
  };
  const changes = model.perturbable.map((node) => ({
    criterionId: node.id,
    up: decide(node, 1),
    down: decide(node, -1),
  }));
  return { changes, exactDecisions };
}

function weightingOf(
  model: SimulationModel,
  node: PerturbableNode,
  factors: { own: Rational; siblings: Rational },
): Weighting {
  const leaves = [...model.weights];
  for (const i of node.own) leaves[i] = mul(leaves[i]!, factors.own);
  for (const i of node.siblings) leaves[i] = mul(leaves[i]!, factors.siblings);
  const price =
    node.price === 'own'
      ? mul(model.priceWeight, factors.own)
      : node.price === 'sibling'
        ? mul(model.priceWeight, factors.siblings)
        : model.priceWeight;
  return { leaves, price };
}

function toFloat(value: Rational): number {
  return toNumber(value, 15);
}
