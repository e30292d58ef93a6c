import { createRouter } from '../../http/route.ts';
import { registerImportBids } from './import.ts';
import { registerListBidImports } from './list.ts';
import { registerBidImportMappings } from './mappings.ts';
import { registerPreviewBidImport } from './preview.ts';
import { registerGetBidImportTemplate } from './template.ts';

/**
 * Bids imported from the authority's e-procurement platform: the template, the preview, the
 * import and the list per tender, and the authority's column mappings per platform; mounted at
 * `/api/v1`.
 */
export function bidImportsRouter() {
  const router = createRouter();
  registerGetBidImportTemplate(router);
  registerPreviewBidImport(router);
  registerImportBids(router);
  registerListBidImports(router);
  registerBidImportMappings(router);
  return router;
}
