import { error, fail, redirect } from '@sveltejs/kit';
import { reviewsArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { createReview, saveSchemeVersion } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';
import { schemeStartOf, templateChoices } from '#lib/options-reviews/scheme-start.ts';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, reviewsArea);
  const api = apiFor(event);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const listed = await api.GET('/api/v1/options-reviews', {
    params: { query: cursor ? { cursor } : {} },
  });
  if (listed.response.status === 401) sessionEnded(event.url);
  // A cursor from an old link that no longer reads: the list from its start.
  if (listed.response.status === 422 && cursor) redirect(303, localizeHref('/reviews'));
  if (!listed.data) error(listed.response.status === 403 ? 403 : 503, 'Reviews unavailable');
  const mayStart = viewer.role === 'officer';
  return {
    reviews: listed.data.reviews,
    nextCursor: listed.data.nextCursor,
    laterPage: cursor !== undefined,
    mayStart,
    templates: mayStart ? await templateChoices(api, getLocale()) : [],
  };
};

export const actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = {
      title: textField(data, 'title').trim(),
      purpose: textField(data, 'purpose').trim(),
      referenceDate: textField(data, 'referenceDate').trim(),
      start: textField(data, 'start'),
    };
    const missing = requireFields(data, ['title', 'purpose', 'referenceDate']);
    if (missing) return fail(400, { errors: missing, values });
    const api = apiFor(event);
    const { start, ...details } = values;
    const created = await createReview(api, details);
    if (!created.ok) {
      leaveIfSessionEnded(created, event.url);
      const errors = formErrorsFromProblem(created.problem, {
        fields: {
          '/title': 'title',
          '/purpose': 'purpose',
          '/referenceDate': { field: 'referenceDate', message: 'review_date_invalid' },
        },
        problems: { forbidden: 'review_create_forbidden' },
      });
      return fail(created.problem.status, { errors, values });
    }
    const reviewId = created.review.id;
    const started = await saveSchemeVersion(api, {
      reviewId,
      basedOnVersion: null,
      source: schemeStartOf(start),
    });
    // The review exists either way; its scheme page offers to start the scheme again.
    const notice = started.ok ? 'created' : 'scheme-not-started';
    const target = started.ok ? `/reviews/${reviewId}` : `/reviews/${reviewId}/scheme`;
    redirect(303, `${localizeHref(target)}?${new URLSearchParams({ notice })}`);
  },
} satisfies Actions;
