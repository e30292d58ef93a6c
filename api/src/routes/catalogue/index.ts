import { createRouter } from '../../http/route.ts';
import { registerCatalogueIndex } from './catalogue-index.ts';
import { registerGetEntry } from './get-entry.ts';
import { registerGetTemplate } from './get-template.ts';
import { registerLegalExposure } from './legal-exposure.ts';
import { registerListEntries } from './list-entries.ts';
import { registerListRules } from './list-rules.ts';
import { registerListTemplates } from './list-templates.ts';
import { registerRecommend } from './recommend.ts';

/** Catalogues, templates, rules and the analyses built on them; mounted at `/v1`. */
export function catalogueRouter() {
  const router = createRouter();
  registerCatalogueIndex(router);
  registerListEntries(router);
  registerGetEntry(router);
  registerListRules(router);
  registerListTemplates(router);
  registerGetTemplate(router);
  registerRecommend(router);
  registerLegalExposure(router);
  return router;
}
