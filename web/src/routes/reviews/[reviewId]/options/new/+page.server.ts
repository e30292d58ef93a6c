import { error, fail, redirect } from '@sveltejs/kit';
import { offerFieldValues } from '#lib/options-reviews/offer-form.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { createOption } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readSchemeVersion } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readingErrors, readSubmission, refusalErrors } from '../option-submission.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  if (!rights.edit) error(403, 'Not allowed');
  const latest =
    review.latestSchemeVersion === null
      ? null
      : await readSchemeVersion(apiFor(event), review.id, 'latest', event.url);
  return {
    scheme: latest?.scheme ?? null,
    schemeVersion: latest?.number ?? null,
    values: offerFieldValues(latest?.scheme ?? null, null, getLocale()),
  };
};

export const actions = {
  save: async (event) => {
    const api = apiFor(event);
    const { values, reading } = await readSubmission(event, api);
    if (!reading.ok) return fail(400, { values, errors: readingErrors(reading) });
    const result = await createOption(api, {
      reviewId: event.params.reviewId,
      option: reading.option,
    });
    if (result.ok) {
      const query = new URLSearchParams({ done: 'added', option: result.option.id });
      redirect(303, `${localizeHref(`/reviews/${event.params.reviewId}/options`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      values,
      errors: refusalErrors(result.problem, reading.fieldOfPointer),
    });
  },
} satisfies Actions;
