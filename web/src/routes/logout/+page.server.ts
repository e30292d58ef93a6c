import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { signOut } from '#lib/services/sign-in.service.ts';
import { apiFor } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

// Signing out is a POST (the button in the header); this page only offers the button to whoever
// lands here by address, so no link or prefetch can sign anybody out.

export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  if (!user) redirect(303, localizeHref('/login'));
};

export const actions = {
  default: async (event) => {
    // The API ends the session in the database and answers the blank cookie, which apiFor passes
    // on. A refusal left the session alive: saying "signed out" then would be a lie.
    const result = await signOut(apiFor(event));
    if (!result.ok) error(503, 'Signing out failed');
    redirect(303, `${localizeHref('/login')}?notice=signed-out`);
  },
} satisfies Actions;
