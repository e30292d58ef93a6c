import { createRouter } from '../../http/route.ts';
import { registerGetDemoDataStatus } from './get-status.ts';
import { registerLoadDemoData } from './load.ts';

/** The demo data, for administrators; mounted at `/v1/demo-data`. */
export function demoDataRouter() {
  const router = createRouter();
  registerGetDemoDataStatus(router);
  registerLoadDemoData(router);
  return router;
}
