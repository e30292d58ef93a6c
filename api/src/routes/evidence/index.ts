import { createRouter } from '../../http/route.ts';
import { registerDeleteEvidenceDocument } from './delete.ts';
import { registerDownloadEvidenceDocument } from './download.ts';
import { registerEvidenceGrants } from './grants.ts';
import { registerListEvidenceDocuments } from './list.ts';
import { registerDownloadRegistryEvidenceDocument } from './registry-download.ts';
import { registerUploadEvidenceDocument } from './upload.ts';

/**
 * Evidence documents of vendors' services and grants to read confidential ones (vendor side),
 * and their download by authorities (registry side); mounted at `/api/v1`.
 */
export function evidenceRouter() {
  const router = createRouter();
  registerUploadEvidenceDocument(router);
  registerListEvidenceDocuments(router);
  registerDownloadEvidenceDocument(router);
  registerDeleteEvidenceDocument(router);
  registerEvidenceGrants(router);
  registerDownloadRegistryEvidenceDocument(router);
  return router;
}
