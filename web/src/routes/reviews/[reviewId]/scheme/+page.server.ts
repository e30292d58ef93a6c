import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { schemeStartOf, templateChoices } from '#lib/options-reviews/scheme-start.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { saveSchemeVersion } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { failedRead, readSchemeVersion } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  const api = apiFor(event);
  if (review.latestSchemeVersion === null) {
    return {
      latest: null,
      versions: [],
      nextCursor: null,
      laterPage: false,
      templates: rights.edit ? await templateChoices(api, getLocale()) : [],
      notice: event.url.searchParams.get('notice'),
    };
  }
  const cursor = event.url.searchParams.get('versions') ?? undefined;
  const [latest, versions] = await Promise.all([
    readSchemeVersion(api, review.id, 'latest', event.url),
    api.GET('/api/v1/options-reviews/{reviewId}/scheme-versions', {
      params: { path: { reviewId: review.id }, query: cursor ? { cursor } : {} },
    }),
  ]);
  if (!versions.data) failedRead(versions.response.status, event.url);
  return {
    latest,
    versions: versions.data.versions,
    nextCursor: versions.data.nextCursor,
    laterPage: cursor !== undefined,
    templates: [],
    notice: event.url.searchParams.get('notice'),
    saved: Number(event.url.searchParams.get('saved')) || null,
  };
};

export const actions = {
  /** The first scheme of a review, from a template or blank. */
  start: async (event) => {
    const start = textField(await event.request.formData(), 'start');
    const result = await saveSchemeVersion(apiFor(event), {
      reviewId: event.params.reviewId,
      basedOnVersion: null,
      source: schemeStartOf(start),
    });
    if (result.ok) {
      const saved = new URLSearchParams({ saved: String(result.version.number) });
      redirect(303, `${localizeHref(`/reviews/${event.params.reviewId}/scheme`)}?${saved}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      start,
      errors: formErrorsFromProblem(result.problem, {
        problems: {
          conflict: 'review_scheme_started_meanwhile',
          'validation-failed': 'review_scheme_template_refused',
        },
      }),
    });
  },
} satisfies Actions;
