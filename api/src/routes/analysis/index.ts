import { createRouter } from '../../http/route.ts';
import { registerEvaluate } from './evaluate.ts';
import { registerPricePreview } from './price-preview.ts';

export function analysisRouter() {
  const router = createRouter();
  registerEvaluate(router);
  registerPricePreview(router);
  return router;
}
