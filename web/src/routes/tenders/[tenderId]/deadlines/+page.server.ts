import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { updateTenderDeadlines } from '#lib/services/tender.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readTender } from '#lib/server/tender-reads.ts';
import { readDeadlineForm } from '#lib/tenders/deadline-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  done: event.url.searchParams.get('done'),
});

export const actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const reading = readDeadlineForm(data);
    if (!reading.ok) {
      return fail(400, { errors: reading.errors, values: reading.values, currentVersion: null });
    }
    const result = await updateTenderDeadlines(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')) || 0,
      ...reading.input,
    });
    // The checks are shown from the stored deadlines, errors and warnings alike: saving with an
    // error is allowed; publication is refused while the submission check has one.
    if (result.ok) {
      redirect(
        303,
        `${localizeHref(`/tenders/${event.params.tenderId}/deadlines`)}?done=saved#checks-heading`,
      );
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: {
        '/submissionDeadline': { field: 'submissionDeadline', message: 'tenders_deadline_refused' },
        '/questionsDeadline': { field: 'questionsDeadline', message: 'tenders_deadline_refused' },
        '/bidValidityUntil': { field: 'bidValidityUntil', message: 'tenders_deadline_refused' },
        '/bidValidityDays': 'bidValidityDays',
        '/periodReductions': 'periodReductions',
      },
      problems: { conflict: 'tenders_conflict' },
    });
    const currentVersion =
      result.problem.status === 409
        ? (await readTender(apiFor(event), event.params.tenderId, event.url)).version
        : null;
    return fail(result.problem.status, { errors, values: reading.values, currentVersion });
  },
} satisfies Actions;
