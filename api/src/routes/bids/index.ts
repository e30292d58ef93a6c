import { createRouter } from '../../http/route.ts';
import { registerSubmitBid } from './submit.ts';

/** Vendors' bids to the sealed vault; mounted at `/v1`. */
export function bidsRouter() {
  const router = createRouter();
  registerSubmitBid(router);
  return router;
}
