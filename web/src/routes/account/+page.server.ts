import { fail, redirect } from '@sveltejs/kit';
import { accountArea } from '#lib/account/signed-in-user.ts';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { passwordsDiffer, requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor, problemOf } from '#lib/server/api.ts';
import { requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, accountArea);
  const result = await apiFor(event).GET('/api/v1/account/sessions');
  if (!result.data) sessionEnded(event.url);
  return { sessions: result.data.sessions };
};

export const actions = {
  endSession: async (event) => {
    const data = await event.request.formData();
    const sessionId = textField(data, 'sessionId');
    const { response } = await apiFor(event).DELETE('/api/v1/account/sessions/{sessionId}', {
      params: { path: { sessionId } },
    });
    if (response.status === 401) sessionEnded(event.url);
    // Ending the session of this browser is signing out.
    if (response.ok && textField(data, 'current') === 'true') {
      redirect(303, `${localizeHref('/login')}?notice=signed-out`);
    }
    if (response.ok || response.status === 404) {
      // Already gone (ended elsewhere, or expired): what was asked for is true.
      return { form: 'sessions' as const, done: 'session-ended' as const };
    }
    const errors = formErrorsFromProblem(problemOf({ response }));
    return fail(response.status, { form: 'sessions' as const, errors });
  },

  changePassword: async (event) => {
    const data = await event.request.formData();
    const invalid =
      requireFields(data, ['currentPassword', 'newPassword', 'newPasswordRepeat']) ??
      passwordsDiffer(data, 'newPassword', 'newPasswordRepeat');
    if (invalid) return fail(400, { form: 'password' as const, errors: invalid });
    const result = await apiFor(event).POST('/api/v1/account/password', {
      body: {
        currentPassword: textField(data, 'currentPassword'),
        newPassword: textField(data, 'newPassword'),
      },
    });
    if (result.response.ok) return { form: 'password' as const, done: 'password-changed' as const };
    if (result.response.status === 401) sessionEnded(event.url);
    const errors = formErrorsFromProblem(problemOf(result), {
      fields: {
        '/currentPassword': { field: 'currentPassword', message: 'password_current_wrong' },
        '/newPassword': 'newPassword',
      },
    });
    return fail(result.response.status, { form: 'password' as const, errors });
  },

  resetTotp: async (event) => {
    const data = await event.request.formData();
    const missing = requireFields(data, ['password']);
    if (missing) return fail(400, { form: 'totp' as const, errors: missing });
    const result = await apiFor(event).POST('/api/v1/account/totp/reset', {
      body: { password: textField(data, 'password') },
    });
    if (result.data) {
      // Officers and administrators must set up a new key before anything else.
      if (result.data.stage !== 'full') {
        redirect(303, localizeHref(nextSignInStep(result.data.stage, '/account')));
      }
      return { form: 'totp' as const, done: 'totp-reset' as const };
    }
    if (result.response.status === 401) sessionEnded(event.url);
    const errors = formErrorsFromProblem(problemOf(result), {
      fields: { '/password': { field: 'password', message: 'password_current_wrong' } },
    });
    return fail(result.response.status, { form: 'totp' as const, errors });
  },
} satisfies Actions;
