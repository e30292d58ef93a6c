import { createRouter } from '../../http/route.ts';
import { registerAhp } from './ahp.ts';
import { registerDirectPoints } from './direct-points.ts';
import { registerEvaluate } from './evaluate.ts';
import { registerPricePreview } from './price-preview.ts';
import { registerRankOrderCentroid } from './rank-order-centroid.ts';
import { registerSensitivity } from './sensitivity.ts';
import { registerSimulate } from './simulate.ts';
import { registerSwing } from './swing.ts';

export function analysisRouter() {
  const router = createRouter();
  registerEvaluate(router);
  registerPricePreview(router);
  registerSensitivity(router);
  registerAhp(router);
  registerSwing(router);
  registerRankOrderCentroid(router);
  registerDirectPoints(router);
  registerSimulate(router);
  return router;
}
