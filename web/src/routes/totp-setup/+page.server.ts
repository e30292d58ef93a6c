import { fail } from '@sveltejs/kit';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { safeReturnPath } from '#lib/navigation/return-path.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from '#lib/services/account.service.ts';
import { apiFor } from '#lib/server/api.ts';
import {
  leaveIfSessionEnded,
  requireSessionCookie,
  returnPathOf,
} from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

// Setting up the second factor: after the first sign-in of officers and administrators (the API
// allows nothing else until it is done), after resetting it, or by choice. Creating a key is a
// button, not part of loading the page: every key the API creates is new, and a page load (or a
// link preloaded on hover) must not replace the key somebody is about to scan.

export const load: PageServerLoad = ({ url, cookies }) => {
  requireSessionCookie(cookies, returnPathOf(url));
  return { returnPath: safeReturnPath(url.searchParams.get('to')) };
};

/** Base32 as the API sends keys; anything else in the hidden field was not ours. */
const base32Key = /^[A-Z2-7]{16,64}$/;

export const actions = {
  start: async (event) => {
    requireSessionCookie(event.cookies, returnPathOf(event.url, { withQuery: false }));
    const result = await startTotpEnrolment(apiFor(event));
    if (result.ok) return { enrolment: result.enrolment };
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      problems: { conflict: 'totp_setup_already_done' },
    });
    return fail(result.problem.status, { errors, secret: null });
  },

  confirm: async (event) => {
    requireSessionCookie(event.cookies, returnPathOf(event.url, { withQuery: false }));
    const data = await event.request.formData();
    const secret = textField(data, 'secret');
    if (!base32Key.test(secret)) {
      return fail(400, { errors: formError('totp_setup_start_again'), secret: null });
    }
    const missing = requireFields(data, ['code']);
    if (missing) return fail(400, { errors: missing, secret });
    const result = await confirmTotpEnrolment(apiFor(event), {
      secret,
      code: textField(data, 'code').replace(/\s+/g, ''),
    });
    // Shown this once: the API stores only their hashes.
    if (result.ok) return { recoveryCodes: result.recoveryCodes };
    leaveIfSessionEnded(result, event.url);
    // A key the API refuses cannot be confirmed with any code: start again with a new one.
    const keyRefused = result.problem.errors.some((error) => error.pointer === '/secret');
    if (keyRefused) return fail(422, { errors: formError('totp_setup_start_again'), secret: null });
    const errors = formErrorsFromProblem(result.problem, {
      fields: { '/code': { field: 'code', message: 'code_invalid' } },
      problems: { conflict: 'totp_setup_already_done' },
    });
    return fail(result.problem.status, { errors, secret });
  },
} satisfies Actions;
