import { vendorBidsArea } from '#lib/account/signed-in-user.ts';
import { requireUser } from '#lib/server/require-user.ts';
import { readOwnBids } from '#lib/vendor-bids/bids.ts';
import { required } from '#lib/vendor/vendor-reads.ts';
import type { PageServerLoad } from './$types';

// The vendor's own bids with their receipts; nothing of other vendors' bids exists here.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorBidsArea);
  const { bids } = required(event, await readOwnBids(event), 'Bids');
  return { bids };
};
