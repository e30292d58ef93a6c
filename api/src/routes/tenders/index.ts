import { createRouter } from '../../http/route.ts';
import { registerCreateTender } from './create.ts';
import { registerCreateTenderLot } from './create-lot.ts';
import { registerDeleteTenderLot } from './delete-lot.ts';
import { registerGetTender } from './get.ts';
import { registerListTenders } from './list.ts';
import { registerListTenderProcedureTypes } from './list-procedure-types.ts';
import { registerListTenderLots } from './list-lots.ts';
import { registerUpdateTender } from './update.ts';
import { registerUpdateTenderDeadlines } from './update-deadlines.ts';
import { registerUpdateTenderLot } from './update-lot.ts';

/** Tenders on the authority's side with their lots and deadlines; mounted at `/v1/tenders`. */
export function tendersRouter() {
  const router = createRouter();
  registerCreateTender(router);
  registerListTenders(router);
  // Before `/{tenderId}`: the static path is no tender's id.
  registerListTenderProcedureTypes(router);
  registerGetTender(router);
  registerUpdateTender(router);
  registerUpdateTenderDeadlines(router);
  registerListTenderLots(router);
  registerCreateTenderLot(router);
  registerUpdateTenderLot(router);
  registerDeleteTenderLot(router);
  return router;
}
