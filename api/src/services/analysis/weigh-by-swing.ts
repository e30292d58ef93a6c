import type { SwingWeightsRequest, WeightsResponse } from '@tenderwise/schema';
import { swingWeights } from '../../engine/weighting/swing.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { publishedWeights } from './published-weights.ts';

/**
 * Swing weights: each item's swing from worst to best rated against the most important one
 * (100 points), normalised exactly. Nothing is stored.
 */
export async function weighBySwing({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SwingWeightsRequest;
}): Promise<WeightsResponse> {
  await authorize(ctx, { operationId: 'weighBySwing' });
  return publishedWeights('swing', () => swingWeights(input.items));
}
