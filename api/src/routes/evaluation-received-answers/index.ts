import { createRouter } from '../../http/route.ts';
import { registerRecordReceivedClarification } from './record-received-clarification.ts';
import { registerRecordReceivedDocuments } from './record-received-documents.ts';

/** Answers of bidders of imported bids, received on the platform; mounted at `/v1/tenders`. */
export function evaluationReceivedAnswersRouter() {
  const router = createRouter();
  registerRecordReceivedDocuments(router);
  registerRecordReceivedClarification(router);
  return router;
}
