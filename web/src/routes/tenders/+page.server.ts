import { error, redirect } from '@sveltejs/kit';
import { tendersArea } from '#lib/account/signed-in-user.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { PageServerLoad } from './$types';

// The tenders on whose team the viewer is, newest first; officers start new ones.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, tendersArea);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const listed = await apiFor(event).GET('/api/v1/tenders', {
    params: { query: cursor ? { cursor } : {} },
  });
  if (listed.response.status === 401) sessionEnded(event.url);
  // A cursor from an old link that no longer reads: the list from its start.
  if (listed.response.status === 422 && cursor) redirect(303, localizeHref('/tenders'));
  if (!listed.data) error(listed.response.status === 403 ? 403 : 503, 'Tenders unavailable');
  return {
    tenders: listed.data.tenders,
    nextCursor: listed.data.nextCursor,
    laterPage: cursor !== undefined,
    mayStart: viewer.role === 'officer',
  };
};
