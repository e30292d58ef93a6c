import { fail, redirect } from '@sveltejs/kit';
import { landingPath } from '#lib/account/signed-in-user.ts';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { textField, requireFields } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { safeReturnPath } from '#lib/navigation/return-path.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { signIn } from '#lib/services/sign-in.service.ts';
import { apiFor } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

/** Why somebody was sent here; anything else in the query is ignored. */
const notices = ['signed-out', 'password-set', 'session-ended'] as const;
type Notice = (typeof notices)[number];

export const load: PageServerLoad = async ({ parent, url }) => {
  const { user } = await parent();
  const returnPath = safeReturnPath(url.searchParams.get('to'));
  if (user) redirect(303, localizeHref(returnPath ?? landingPath(user)));
  const notice = url.searchParams.get('notice');
  return {
    returnPath,
    notice: (notices as readonly string[]).includes(notice ?? '') ? (notice as Notice) : null,
  };
};

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email').trim();
    const returnPath = safeReturnPath(textField(data, 'to'));
    const missing = requireFields(data, ['email', 'password']);
    if (missing) return fail(400, { errors: missing, email });

    const result = await signIn(apiFor(event), { email, password: textField(data, 'password') });
    if (!result.ok) {
      // One message for an unknown address, a wrong password and a disabled account, as the API.
      const errors = formErrorsFromProblem(result.problem, {
        problems: { unauthenticated: 'login_failed' },
      });
      return fail(result.problem.status, { errors, email });
    }
    redirect(303, localizeHref(nextSignInStep(result.stage, returnPath)));
  },
} satisfies Actions;
