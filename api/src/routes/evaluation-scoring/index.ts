import { createRouter } from '../../http/route.ts';
import { registerGetTenderScoring } from './get-tender-scoring.ts';
import { registerRecordTenderConsensus } from './record-tender-consensus.ts';
import { registerSaveTenderScoreSheet } from './save-tender-score-sheet.ts';
import { registerSubmitTenderScoreSheet } from './submit-tender-score-sheet.ts';

/** The panel's blind scoring of a lot and its consensus; mounted at `/v1/tenders`. */
export function evaluationScoringRouter() {
  const router = createRouter();
  registerGetTenderScoring(router);
  registerSaveTenderScoreSheet(router);
  registerSubmitTenderScoreSheet(router);
  registerRecordTenderConsensus(router);
  return router;
}
