import { isSignInStep } from '#lib/account/signed-in-user.ts';
import { apiFor } from '#lib/server/api.ts';
import { readSignedInUser } from '#lib/server/signed-in-user.ts';
import type { LayoutServerLoad } from './$types';

// Every page knows who is signed in: the header offers sign-in or sign-out, the navigation only
// what the role may use, and protected pages send visitors to the login.
export const load: LayoutServerLoad = async (event) => ({
  user: isSignInStep(event.route.id) ? null : await readSignedInUser(apiFor(event), event.cookies),
});
