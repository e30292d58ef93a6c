import type { SimulationModel, RunBid } from './model.ts';
import type { Weighting } from './decide.ts';

/** Each bid's weighted quality Σ wₗ·sₗ (a fraction of the whole tree) under the scheme's weights. */
export function baseQuality(model: SimulationModel, bids: readonly RunBid[]): Float64Array {
  return Float64Array.from(bids, (bid) => {
    let total = 0;
    for (let i = 0; i < bid.shares.length; i++) total += model.weightsFloat[i]! * bid.shares[i]!;
    return total;
  });
}

/** The scheme's own weighting, exactly. */
export function baseWeighting(model: SimulationModel): Weighting {
  return { leaves: model.weights, price: model.priceWeight };
}
