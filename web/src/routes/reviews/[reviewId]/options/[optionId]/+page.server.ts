import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { offerFieldValues } from '#lib/options-reviews/offer-form.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { deleteOption, updateOption } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readOption, readReview, readSchemeVersion } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { formatDateTime } from '#lib/i18n/format.ts';
import { readingErrors, readSubmission, refusalErrors } from '../option-submission.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  const api = apiFor(event);
  const [option, latest] = await Promise.all([
    readOption(api, review.id, event.params.optionId, event.url),
    review.latestSchemeVersion === null
      ? Promise.resolve(null)
      : readSchemeVersion(api, review.id, 'latest', event.url),
  ]);
  return {
    option,
    scheme: latest?.scheme ?? null,
    schemeVersion: latest?.number ?? null,
    values: offerFieldValues(latest?.scheme ?? null, option, getLocale()),
    confirmDelete: rights.edit && event.url.searchParams.get('confirm') === 'delete',
  };
};

export const actions = {
  save: async (event) => {
    const api = apiFor(event);
    const { reviewId, optionId } = event.params;
    const { values, reading } = await readSubmission(event, api);
    const version = Number(values.version);
    if (!reading.ok) return fail(400, { values, errors: readingErrors(reading) });
    const result = await updateOption(api, { reviewId, optionId, version, option: reading.option });
    if (result.ok) {
      const query = new URLSearchParams({ done: 'saved', option: optionId });
      redirect(303, `${localizeHref(`/reviews/${reviewId}/options`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    const current =
      result.problem.status === 409 ? await readOption(api, reviewId, optionId, event.url) : null;
    if (current && current.version !== version) {
      // Somebody else saved this option meanwhile. Nothing of theirs is overwritten and nothing
      // typed here is lost: the form keeps it, now at their version, so saving again replaces
      // theirs knowingly.
      const review = await readReview(api, reviewId, event.url);
      const by =
        review.members.find((member) => member.userId === current.updatedBy)?.displayName ?? '';
      return fail(409, {
        values: { ...values, version: String(current.version) },
        errors: {
          form: {
            key: 'review_option_conflict' as const,
            values: { name: by, time: formatDateTime(current.updatedAt) },
          },
          fields: {},
        },
      });
    }
    return fail(result.problem.status, {
      values,
      errors: refusalErrors(result.problem, reading.fieldOfPointer),
    });
  },

  delete: async (event) => {
    const { reviewId, optionId } = event.params;
    const version = Number(textField(await event.request.formData(), 'version'));
    const result = await deleteOption(apiFor(event), { reviewId, optionId, version });
    if (result.ok) {
      const query = new URLSearchParams({ done: 'deleted' });
      redirect(303, `${localizeHref(`/reviews/${reviewId}/options`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      deleteErrors: formErrorsFromProblem(result.problem, {
        problems: { conflict: 'review_option_delete_conflict', 'not-found': 'review_option_gone' },
      }),
    });
  },
} satisfies Actions;
