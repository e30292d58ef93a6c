import { createRouter } from '../../http/route.ts';
import { registerChangeBid } from './change.ts';
import { registerPlatformOutages } from './outages.ts';
import { registerOwnBids } from './own.ts';
import { registerSubmitBid } from './submit.ts';
import { registerWithdrawBid } from './withdraw.ts';

/** Vendors' bids to the sealed vault; mounted at `/v1`. */
export function bidsRouter() {
  const router = createRouter();
  registerSubmitBid(router);
  registerChangeBid(router);
  registerWithdrawBid(router);
  registerOwnBids(router);
  registerPlatformOutages(router);
  return router;
}
