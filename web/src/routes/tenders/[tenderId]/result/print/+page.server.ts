import { readLotResult } from '../read-lot-result.ts';
import type { PageServerLoad } from './$types';

// The comparison of a lot's bids for the record and for printing: what the result page shows,
// without its forms.
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  return readLotResult(event, tender);
};
