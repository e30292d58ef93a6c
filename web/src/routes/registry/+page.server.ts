import { error } from '@sveltejs/kit';
import { registryArea } from '#lib/account/signed-in-user.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { readRegistryCatalogue } from '#lib/registry/catalogue.ts';
import { apiQueryOf, readSearchForm } from '#lib/registry/search-query.ts';
import { apiFor } from '#lib/server/api.ts';
import { requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { PageServerLoad } from './$types';

// The search runs on every visit, with or without criteria: an empty search lists every
// published service, so the page is never blank.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, registryArea);
  const api = apiFor(event);
  const search = readSearchForm(event.url.searchParams);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const [found, catalogue] = await Promise.all([
    api.GET('/api/v1/registry/services', { params: { query: apiQueryOf(search, cursor) } }),
    readRegistryCatalogue(api, getLocale()),
  ]);
  if (found.response.status === 401) sessionEnded(event.url);
  if (found.response.status === 403) error(403, 'Not allowed');
  // A search the API cannot run (a stale cursor, a date that does not exist): the form stays,
  // with a message, so the user can correct it.
  const invalid = found.response.status === 422;
  if (!found.data && !invalid) error(503, 'Registry unavailable');
  return {
    search,
    catalogue,
    results: found.data?.items ?? [],
    validOn: found.data?.validOn ?? null,
    nextCursor: found.data?.nextCursor ?? null,
    laterPage: cursor !== undefined,
    invalid,
  };
};
