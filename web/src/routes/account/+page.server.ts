import { fail, redirect } from '@sveltejs/kit';
import { accountArea } from '#lib/account/signed-in-user.ts';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { passwordsDiffer, requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { changeOwnPassword, endOwnSession, resetOwnTotp } from '#lib/services/account.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, accountArea);
  const api = apiFor(event);
  const [sessions, account] = await Promise.all([
    api.GET('/api/v1/account/sessions'),
    api.GET('/api/v1/account'),
  ]);
  if (!sessions.data || account.data?.kind !== 'user') sessionEnded(event.url);
  // Setting up TOTP is offered to whoever has none, resetting it to whoever has it.
  return { sessions: sessions.data.sessions, totpEnrolled: account.data.totpEnrolled };
};

export const actions = {
  endSession: async (event) => {
    const data = await event.request.formData();
    const result = await endOwnSession(apiFor(event), { sessionId: textField(data, 'sessionId') });
    if (!result.ok) {
      leaveIfSessionEnded(result, event.url);
      const errors = formErrorsFromProblem(result.problem);
      return fail(result.problem.status, { form: 'sessions' as const, errors });
    }
    // Ending the session of this browser is signing out.
    if (!result.alreadyEnded && textField(data, 'current') === 'true') {
      redirect(303, `${localizeHref('/login')}?notice=signed-out`);
    }
    return { form: 'sessions' as const, done: 'session-ended' as const };
  },

  changePassword: async (event) => {
    const data = await event.request.formData();
    const invalid =
      requireFields(data, ['currentPassword', 'newPassword', 'newPasswordRepeat']) ??
      passwordsDiffer(data, 'newPassword', 'newPasswordRepeat');
    if (invalid) return fail(400, { form: 'password' as const, errors: invalid });
    const result = await changeOwnPassword(apiFor(event), {
      currentPassword: textField(data, 'currentPassword'),
      newPassword: textField(data, 'newPassword'),
    });
    if (result.ok) return { form: 'password' as const, done: 'password-changed' as const };
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: {
        '/currentPassword': { field: 'currentPassword', message: 'password_current_wrong' },
        '/newPassword': 'newPassword',
      },
    });
    return fail(result.problem.status, { form: 'password' as const, errors });
  },

  resetTotp: async (event) => {
    const data = await event.request.formData();
    const missing = requireFields(data, ['password']);
    if (missing) return fail(400, { form: 'totp' as const, errors: missing });
    const result = await resetOwnTotp(apiFor(event), { password: textField(data, 'password') });
    if (result.ok) {
      // Officers and administrators must set up a new key before anything else.
      if (result.stage !== 'full') {
        redirect(303, localizeHref(nextSignInStep(result.stage, '/account')));
      }
      return { form: 'totp' as const, done: 'totp-reset' as const };
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: { '/password': { field: 'password', message: 'password_current_wrong' } },
    });
    return fail(result.problem.status, { form: 'totp' as const, errors });
  },
} satisfies Actions;
