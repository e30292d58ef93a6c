import { createRouter } from '../../http/route.ts';
import { registerClarifications } from './clarifications.ts';
import { registerDocumentRequests } from './document-requests.ts';
import { registerEvaluationOverview } from './overview.ts';
import { registerStageDecisions } from './stage-decisions.ts';
import { registerVendorExchanges } from './vendor-exchanges.ts';

/** The evaluation stages, requests for missing documents and clarifications; mounted at `/v1`. */
export function evaluationStagesRouter() {
  const router = createRouter();
  registerEvaluationOverview(router);
  registerStageDecisions(router);
  registerDocumentRequests(router);
  registerClarifications(router);
  registerVendorExchanges(router);
  return router;
}
