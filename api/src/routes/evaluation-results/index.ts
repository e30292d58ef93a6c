import { createRouter } from '../../http/route.ts';
import { registerComputeOfficialResult } from './compute-official-result.ts';
import { registerDecideAward } from './decide-award.ts';
import { registerGetAwardDecision } from './get-award-decision.ts';
import { registerGetOfficialResult } from './get-official-result.ts';
import { registerVerifyOfficialResult } from './verify-official-result.ts';

/** The official result of each lot and the award decision; mounted at `/v1/tenders`. */
export function evaluationResultsRouter() {
  const router = createRouter();
  registerComputeOfficialResult(router);
  registerGetOfficialResult(router);
  registerVerifyOfficialResult(router);
  registerDecideAward(router);
  registerGetAwardDecision(router);
  return router;
}
