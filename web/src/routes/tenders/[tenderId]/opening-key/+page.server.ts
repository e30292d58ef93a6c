import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import { setOpeningPassphrase } from '#lib/services/bid-opening.service.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/opening-keys', {
    params: { path: { tenderId: tender.id } },
  });
  const keys = answer.data ?? failedTenderRead(answer.response.status, event.url);
  return { keys, done: event.url.searchParams.get('done') === 'set' };
};

export const actions = {
  // The passphrase travels to the API once and is never kept or sent back to the page.
  set: async (event) => {
    const data = await event.request.formData();
    const passphrase = textField(data, 'passphrase');
    const repeat = textField(data, 'repeat');
    const errors: FormErrors = { form: null, fields: {} };
    if (passphrase.length < 12 || passphrase.trim() !== passphrase) {
      errors.fields.passphrase = [{ key: 'bid_opening_key_too_short' }];
    } else if (passphrase !== repeat) {
      errors.fields.repeat = [{ key: 'bid_opening_key_mismatch' }];
    }
    if (Object.keys(errors.fields).length > 0) return fail(400, { errors });
    const result = await setOpeningPassphrase(apiFor(event), {
      tenderId: event.params.tenderId,
      passphrase,
    });
    if (result.ok) {
      redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/opening-key`)}?done=set`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      errors: formErrorsFromProblem(result.problem, {
        problems: { conflict: 'bid_opening_conflict', forbidden: 'bid_opening_key_fixed' },
      }),
    });
  },
} satisfies Actions;
