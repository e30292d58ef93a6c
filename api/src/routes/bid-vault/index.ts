import { createRouter } from '../../http/route.ts';
import { registerListOpeningKeys } from './list-opening-keys.ts';
import { registerSetOpeningPassphrase } from './set-opening-passphrase.ts';

/** The sealed vault's keys and the opening of bids; mounted at `/v1/tenders`. */
export function bidVaultRouter() {
  const router = createRouter();
  registerListOpeningKeys(router);
  registerSetOpeningPassphrase(router);
  return router;
}
