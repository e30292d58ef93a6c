import { createRouter } from '../../http/route.ts';
import { registerApproveTenderPublication } from './approve-publication.ts';
import { registerCancelTender } from './cancel.ts';
import { registerCorrectTender } from './correct.ts';
import { registerGetTenderLotScheme } from './get-lot-scheme.ts';
import { registerGetTenderSchemeVersion } from './get-scheme-version.ts';
import { registerListTenderSchemeVersions } from './list-scheme-versions.ts';
import { registerRequestTenderPublication } from './request-publication.ts';
import { registerSaveTenderLotScheme } from './save-lot-scheme.ts';
import { registerWithdrawTenderPublicationRequest } from './withdraw-publication-request.ts';

/**
 * A tender's lot schemes and their published versions, its publication (four eyes), corrections
 * and cancellation; mounted at `/v1/tenders`.
 */
export function tenderSchemesRouter() {
  const router = createRouter();
  registerGetTenderLotScheme(router);
  registerSaveTenderLotScheme(router);
  registerListTenderSchemeVersions(router);
  registerGetTenderSchemeVersion(router);
  registerRequestTenderPublication(router);
  registerWithdrawTenderPublicationRequest(router);
  registerApproveTenderPublication(router);
  registerCorrectTender(router);
  registerCancelTender(router);
  return router;
}
