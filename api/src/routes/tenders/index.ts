import { createRouter } from '../../http/route.ts';
import { registerCreateTender } from './create.ts';
import { registerGetTender } from './get.ts';
import { registerListTenders } from './list.ts';

/** Tenders on the authority's side with their lots and deadlines; mounted at `/v1/tenders`. */
export function tendersRouter() {
  const router = createRouter();
  registerCreateTender(router);
  registerListTenders(router);
  registerGetTender(router);
  return router;
}
