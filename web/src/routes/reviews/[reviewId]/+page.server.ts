import { fail, redirect } from '@sveltejs/kit';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import type { ReviewStatus } from '#lib/options-reviews/rights.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import {
  addReviewMember,
  changeReviewStatus,
  removeReviewMember,
  transferReviewLead,
  updateReview,
} from '#lib/services/options-review.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import { apiFor } from '#lib/server/api.ts';
import { readMemberCandidates, readReview } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { confirmationOf, doneOf, type DoneNotice } from './confirmations.ts';

export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  return {
    candidates: rights.manage
      ? await readMemberCandidates(apiFor(event), review.id, event.url)
      : [],
    confirm: confirmationOf(event.url.searchParams, review, rights),
    done: doneOf(event.url.searchParams, review),
  };
};

/** Back to the overview with a notice: after a confirmed step the confirmation must not stay. */
function done(event: RequestEvent, notice: DoneNotice, userId?: string): never {
  const query = new URLSearchParams({ done: notice, ...(userId && { user: userId }) });
  redirect(303, `${localizeHref(`/reviews/${event.params.reviewId}`)}?${query}`);
}

/** A refused step of one of the overview's forms, with the form it belongs to. */
function refused<Form extends string>(
  event: RequestEvent,
  form: Form,
  result: Refusal,
  problems: Parameters<typeof formErrorsFromProblem>[1] = {},
) {
  leaveIfSessionEnded(result, event.url);
  return fail(result.problem.status, {
    form,
    errors: formErrorsFromProblem(result.problem, problems),
  });
}

export const actions = {
  details: async (event) => {
    const data = await event.request.formData();
    const values = {
      title: textField(data, 'title').trim(),
      purpose: textField(data, 'purpose').trim(),
      referenceDate: textField(data, 'referenceDate').trim(),
    };
    const missing = requireFields(data, ['title', 'purpose', 'referenceDate']);
    if (missing) return fail(400, { form: 'details' as const, errors: missing, values });
    const result = await updateReview(apiFor(event), {
      reviewId: event.params.reviewId,
      version: Number(textField(data, 'version')),
      ...values,
    });
    if (result.ok) done(event, 'details-saved');
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: {
        '/title': 'title',
        '/purpose': 'purpose',
        '/referenceDate': { field: 'referenceDate', message: 'review_date_invalid' },
      },
      problems: { conflict: 'review_details_conflict' },
    });
    // A change over somebody else's: what was typed stays, and the form now holds the version
    // they saved, so saving again replaces theirs knowingly.
    const currentVersion =
      result.problem.status === 409
        ? (await readReview(apiFor(event), event.params.reviewId, event.url)).version
        : null;
    return fail(result.problem.status, {
      form: 'details' as const,
      errors,
      values,
      currentVersion,
    });
  },

  status: async (event) => {
    const to = textField(await event.request.formData(), 'to') as ReviewStatus;
    const result = await changeReviewStatus(apiFor(event), {
      reviewId: event.params.reviewId,
      status: to,
    });
    if (result.ok) done(event, 'status-changed');
    return refused(event, 'status' as const, result, {
      problems: { conflict: 'review_status_refused' },
    });
  },

  addMember: async (event) => {
    const userId = textField(await event.request.formData(), 'userId');
    if (userId === '') {
      return fail(400, {
        form: 'member' as const,
        errors: { form: null, fields: { userId: [{ key: 'review_member_choose' as const }] } },
      });
    }
    const result = await addReviewMember(apiFor(event), {
      reviewId: event.params.reviewId,
      userId,
    });
    if (result.ok) done(event, 'member-added', userId);
    return refused(event, 'member' as const, result, {
      fields: { '/userId': { field: 'userId', message: 'review_member_not_eligible' } },
      problems: { conflict: 'review_member_exists' },
    });
  },

  removeMember: async (event) => {
    const userId = textField(await event.request.formData(), 'userId');
    const result = await removeReviewMember(apiFor(event), {
      reviewId: event.params.reviewId,
      userId,
    });
    if (result.ok) done(event, 'member-removed');
    return refused(event, 'confirm' as const, result, {
      problems: { conflict: 'review_member_remove_refused' },
    });
  },

  transferLead: async (event) => {
    const userId = textField(await event.request.formData(), 'userId');
    const result = await transferReviewLead(apiFor(event), {
      reviewId: event.params.reviewId,
      userId,
    });
    if (result.ok) done(event, 'lead-transferred', userId);
    return refused(event, 'confirm' as const, result, {
      problems: {
        'validation-failed': 'review_lead_not_eligible',
        conflict: 'review_lead_refused',
      },
    });
  },
} satisfies Actions;
