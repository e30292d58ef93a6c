import { redirect } from '@sveltejs/kit';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { failedRead, readSchemeVersion } from '#lib/server/options-review-reads.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review } = await event.parent();
  const api = apiFor(event);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const [listed, latest] = await Promise.all([
    api.GET('/api/v1/options-reviews/{reviewId}/options', {
      params: { path: { reviewId: review.id }, query: cursor ? { cursor } : {} },
    }),
    review.latestSchemeVersion === null
      ? Promise.resolve(null)
      : readSchemeVersion(api, review.id, 'latest', event.url),
  ]);
  // A cursor from an old link that no longer reads: the list from its start.
  if (listed.response.status === 422 && cursor) {
    redirect(303, localizeHref(`/reviews/${review.id}/options`));
  }
  if (!listed.data) failedRead(listed.response.status, event.url);
  const done = event.url.searchParams.get('done');
  const named = listed.data.options.find(
    (option) => option.id === event.url.searchParams.get('option'),
  );
  return {
    options: listed.data.options,
    nextCursor: listed.data.nextCursor,
    laterPage: cursor !== undefined,
    scheme: latest?.scheme ?? null,
    done:
      done === 'added' || done === 'saved' || done === 'deleted'
        ? { notice: done, name: named?.name ?? '', count: 0 }
        : done === 'imported'
          ? {
              notice: done,
              name: '',
              count: Number(event.url.searchParams.get('count')) || 0,
            }
          : null,
  };
};
