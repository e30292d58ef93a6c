import type { EvaluationMethod } from '@tenderwise/schema';
import { toNumber } from '../arithmetic/rational.ts';
import { decideRanking, decideWinner, exactFigures, floatFigures } from './decide.ts';
import type { RunBid, SimulationModel } from './model.ts';
import { baseQuality, baseWeighting } from './quality.ts';

export interface FlippingCheck {
  /** Bid ids in rank order, and the winner (null when a draw decides the first rank). */
  order: string[];
  winner: string | null;
  /** For rank 2, 3, …: whether removing the bid at that rank changes the winner. */
  flips: boolean[];
  /** Decisions the float figures left to the exact engine. */
  exactDecisions: number;
}

/**
 * The flipping effect UfAB 2018 warns about (Kippeffekt): under a formula that scores price
 * relative to the other bids, withdrawing or excluding one bid that does not win can change who
 * wins. Removes each non-winning admitted bid in turn and decides the winner of the rest.
 */
export function flipsOnRemoval(
  model: SimulationModel,
  bids: readonly RunBid[],
  method: EvaluationMethod = model.scheme.method,
): FlippingCheck {
  const quality = baseQuality(model, bids);
  const priceWeight = toNumber(model.priceWeight, 15);
  const weighting = baseWeighting(model);
  const base = decideRanking(
    method,
    bids,
    floatFigures(model, method, bids, quality, priceWeight),
    (only) => exactFigures(model, method, bids, weighting, only),
  );
  let exactDecisions = base.exact ? 1 : 0;
  const position = new Map(bids.map((bid, i) => [bid.id, i]));
  const flips = base.order.slice(1).map((removedId) => {
    const removed = position.get(removedId)!;
    const rest = bids.filter((_, i) => i !== removed);
    const restQuality = quality.filter((_, i) => i !== removed);
    const decision = decideWinner(
      method,
      rest,
      floatFigures(model, method, rest, restQuality, priceWeight),
      (only) => exactFigures(model, method, rest, weighting, only),
    );
    if (decision.exact) exactDecisions++;
    return decision.winner !== base.winner;
  });
  return { order: base.order, winner: base.winner, flips, exactDecisions };
}
