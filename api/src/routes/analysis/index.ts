import { createRouter } from '../../http/route.ts';
import { registerAhp } from './ahp.ts';
import { registerEvaluate } from './evaluate.ts';
import { registerPricePreview } from './price-preview.ts';
import { registerSensitivity } from './sensitivity.ts';
import { registerSimulate } from './simulate.ts';

export function analysisRouter() {
  const router = createRouter();
  registerEvaluate(router);
  registerPricePreview(router);
  registerSensitivity(router);
  registerAhp(router);
  registerSimulate(router);
  return router;
}
