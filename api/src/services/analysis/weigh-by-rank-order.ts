import type { RankOrderWeightsRequest, WeightsResponse } from '@tenderwise/schema';
import { rankOrderCentroidWeights } from '../../engine/weighting/rank-order-centroid.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { publishedWeights } from './published-weights.ts';

/**
 * Rank-order centroid weights from a ranking of the items (ties allowed), exactly. Nothing is
 * stored.
 */
export async function weighByRankOrder({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RankOrderWeightsRequest;
}): Promise<WeightsResponse> {
  await authorize(ctx, { operationId: 'weighByRankOrder' });
  return publishedWeights('rankOrderCentroid', () => rankOrderCentroidWeights(input.items));
}
