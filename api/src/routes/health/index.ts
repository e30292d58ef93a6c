import { createRouter } from '../../http/route.ts';
import { registerGetHealth } from './get.ts';

export function healthRouter() {
  const router = createRouter();
  registerGetHealth(router);
  return router;
}
