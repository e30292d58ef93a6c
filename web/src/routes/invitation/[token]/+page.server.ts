import { fail, redirect } from '@sveltejs/kit';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { passwordsDiffer, requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { acceptInvitation, signIn } from '#lib/services/sign-in.service.ts';
import { apiFor } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

// The invitation link an administrator handed over (`PUBLIC_ORIGIN/invitation/<token>`, made by
// the API). The token stays in the address and goes to the API in a request body only.

/**
 * Whether the link still works, before anybody types a password: a used, expired or unknown link
 * gets a message saying what to do instead of the form. When the check itself fails (too many
 * checks, the API unreachable), the form is shown and accepting tells.
 */
export const load: PageServerLoad = async (event) => {
  const checked = await apiFor(event).POST('/api/v1/account/invitations/check', {
    body: { token: event.params.token },
  });
  return { link: checked.data?.status ?? null };
};

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = textField(data, 'email').trim();
    const password = textField(data, 'password');
    const invalid =
      requireFields(data, ['email', 'password', 'passwordRepeat']) ??
      passwordsDiffer(data, 'password', 'passwordRepeat');
    if (invalid) return fail(400, { errors: invalid, email });

    const api = apiFor(event);
    const accepted = await acceptInvitation(api, { token: event.params.token, password });
    if (!accepted.ok) {
      const errors = formErrorsFromProblem(accepted.problem, {
        fields: { '/password': 'password' },
        problems: { 'not-found': 'invitation_invalid', conflict: 'invitation_used' },
      });
      return fail(accepted.problem.status, { errors, email });
    }

    // Signing in right away saves typing the new password twice more; officers and
    // administrators go on to set up the second factor.
    const signedIn = await signIn(api, { email, password });
    if (!signedIn.ok) redirect(303, `${localizeHref('/login')}?notice=password-set`);
    redirect(303, localizeHref(nextSignInStep(signedIn.stage, null)));
  },
} satisfies Actions;
