import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { readWeightSet, weightSetValues } from '#lib/options-reviews/weight-form.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { adoptWeights, saveWeightSet } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readSchemeVersion, readWeighting } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { reviewsArea } from '#lib/account/signed-in-user.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review, user } = await event.parent();
  const viewer = requireUser(user, event.url, reviewsArea);
  if (review.latestSchemeVersion === null) {
    return { weighting: null, scheme: null, values: {}, viewerId: viewer.id, done: null };
  }
  const api = apiFor(event);
  const weighting = await readWeighting(api, review.id, event.url);
  const { scheme } = await readSchemeVersion(api, review.id, weighting.schemeVersion, event.url);
  const mine = weighting.memberSets.find((set) => set.userId === viewer.id);
  return {
    weighting,
    scheme,
    values: weightSetValues(
      weighting.siblingSets,
      mine?.sets.map((set) => set.input),
    ),
    viewerId: viewer.id,
    done: event.url.searchParams.get('done'),
  };
};

const weightingHref = (reviewId: string, done: string) =>
  `${localizeHref(`/reviews/${reviewId}/weighting`)}?${new URLSearchParams({ done })}`;

/** A refusal in the page's language; the API's English details never reach the page. */
function refused(problem: Parameters<typeof formErrorsFromProblem>[0]): FormErrors {
  return formErrorsFromProblem(problem, {
    problems: { conflict: 'review_weighting_conflict', 'not-found': 'review_scoring_gone' },
  });
}

async function formValues(event: RequestEvent): Promise<Record<string, string>> {
  const data = await event.request.formData();
  return Object.fromEntries([...data.keys()].map((name) => [name, textField(data, name)] as const));
}

export const actions = {
  save: async (event) => {
    const { reviewId } = event.params;
    const api = apiFor(event);
    const values = await formValues(event);
    const weighting = await readWeighting(api, reviewId, event.url);
    const reading = readWeightSet(values, weighting.siblingSets);
    if (!reading.ok) {
      const fields = Object.fromEntries(
        Object.entries(reading.errors).map(([field, keys]) => [
          field,
          keys.map((key) => ({ key })),
        ]),
      );
      return fail(400, {
        values,
        errors: { form: { key: 'review_weight_check_fields' as const }, fields },
      });
    }
    const result = await saveWeightSet(api, {
      reviewId,
      schemeVersion: Number(values.schemeVersion),
      sets: reading.sets,
    });
    if (result.ok) redirect(303, weightingHref(reviewId, 'saved'));
    leaveIfSessionEnded(result, event.url);
    const errors =
      result.problem.status === 422
        ? { form: { key: 'review_weight_rules' as const }, fields: {} }
        : refused(result.problem);
    return fail(result.problem.status, { values, errors });
  },

  adopt: async (event) => {
    const { reviewId } = event.params;
    const values = await formValues(event);
    const kind = values.kind ?? '';
    const reason = (values.reason ?? '').trim();
    const fields: FormErrors['fields'] = {};
    if (!['geometricMean', 'mean', 'member'].includes(kind)) {
      fields.kind = [{ key: 'review_adopt_kind_required' }];
    }
    if (kind === 'member' && !values.memberUserId) {
      fields.memberUserId = [{ key: 'review_adopt_member_required' }];
    }
    if (reason === '') fields.reason = [{ key: 'review_adopt_reason_required' }];
    if (Object.keys(fields).length > 0) {
      return fail(400, { adopt: true, values, errors: { form: null, fields } });
    }
    const result = await adoptWeights(apiFor(event), {
      reviewId,
      schemeVersion: Number(values.schemeVersion),
      kind: kind as 'geometricMean' | 'mean' | 'member',
      ...(kind === 'member' && { memberUserId: values.memberUserId }),
      reason,
    });
    if (result.ok) redirect(303, weightingHref(reviewId, 'adopted'));
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, { adopt: true, values, errors: refused(result.problem) });
  },
} satisfies Actions;
