import type { DirectPointsWeightsRequest, WeightsResponse } from '@tenderwise/schema';
import { directPointWeights } from '../../engine/weighting/direct-points.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { publishedWeights } from './published-weights.ts';

/** Direct weights: points distributed over the items, normalised exactly. Nothing is stored. */
export async function weighByDirectPoints({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DirectPointsWeightsRequest;
}): Promise<WeightsResponse> {
  await authorize(ctx, { operationId: 'weighByDirectPoints' });
  return publishedWeights('directPoints', () => directPointWeights(input.items));
}
