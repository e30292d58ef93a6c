import { tendersArea } from '#lib/account/signed-in-user.ts';
import { apiFor } from '#lib/server/api.ts';
import { readTender } from '#lib/server/tender-reads.ts';
import { requireUser } from '#lib/server/require-user.ts';
import type { LayoutServerLoad } from './$types';

// Every tab of a tender shows its title, reference and state; a tender the viewer is not on the
// team of is a page that does not exist (404), as the API answers.
export const load: LayoutServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, tendersArea);
  const tender = await readTender(apiFor(event), event.params.tenderId, event.url);
  return { tender, viewer };
};
