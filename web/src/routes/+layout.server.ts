import { isSignInStep } from '#lib/account/signed-in-user.ts';
import { apiFor } from '#lib/server/api.ts';
import { readSignedInUser } from '#lib/server/signed-in-user.ts';
import { readUnreadNotices } from '#lib/public-tenders/unread-notices.ts';
import type { LayoutServerLoad } from './$types';

// Every page knows who is signed in: the header offers sign-in or sign-out, the navigation only
// what the role may use, and protected pages send visitors to the login.
// The unread notices are counted for the navigation's entry (refreshed after every form action).
export const load: LayoutServerLoad = async (event) => {
  const api = apiFor(event);
  const user = isSignInStep(event.route.id) ? null : await readSignedInUser(api, event.cookies);
  return { user, unreadNotices: await readUnreadNotices(api, user) };
};
