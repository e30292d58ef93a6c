import { createRouter } from '../../http/route.ts';
import { registerAbandonOpeningSession } from './abandon-opening-session.ts';
import { registerConfirmOpeningPresence } from './confirm-opening-presence.ts';
import { registerGetOpeningRecord } from './get-opening-record.ts';
import { registerGetOpeningSession } from './get-opening-session.ts';
import { registerGetTenderBid } from './get-tender-bid.ts';
import { registerListOpeningKeys } from './list-opening-keys.ts';
import { registerStartBreakGlassOpening } from './start-break-glass-opening.ts';
import { registerListOpeningSessions } from './list-opening-sessions.ts';
import { registerListTenderBids } from './list-tender-bids.ts';
import { registerOpenBids } from './open-bids.ts';
import { registerSetOpeningPassphrase } from './set-opening-passphrase.ts';
import { registerStartOpeningSession } from './start-opening-session.ts';

/** The sealed vault's keys and the opening of bids; mounted at `/v1/tenders`. */
export function bidVaultRouter() {
  const router = createRouter();
  registerListOpeningKeys(router);
  registerStartBreakGlassOpening(router);
  registerSetOpeningPassphrase(router);
  registerStartOpeningSession(router);
  registerListOpeningSessions(router);
  registerGetOpeningSession(router);
  registerConfirmOpeningPresence(router);
  registerOpenBids(router);
  registerAbandonOpeningSession(router);
  registerGetOpeningRecord(router);
  registerListTenderBids(router);
  registerGetTenderBid(router);
  return router;
}
