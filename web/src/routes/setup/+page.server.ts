import { fail, redirect } from '@sveltejs/kit';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { passwordsDiffer, requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { checkSetupLink, completeSetup } from '#lib/services/setup.service.ts';
import { apiFor } from '#lib/server/api.ts';
import type { Actions, PageServerLoad } from './$types';

// The setup link the server prints on an installation without an administrator
// (`PUBLIC_ORIGIN/setup?token=<token>`). The token sits in the query string, which no access log
// of ours records, and goes to the API in request bodies only. The form posts back to the same
// address, token included, so the page works without JavaScript.

/** Where the setup continues once the second factor is set up: the offer of the demo. */
const setupDemoPath = '/setup/demo';

const fields = ['organisation', 'name', 'email', 'password', 'passwordRepeat'] as const;

/**
 * Whether the link still works, before anybody types anything: a used or unknown link says so
 * instead of showing the form. When the check itself fails (too many checks, the API
 * unreachable), the form is shown and completing tells.
 */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token') ?? '';
  return { link: token === '' ? 'unknown' : await checkSetupLink(apiFor(event), token) };
};

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = {
      organisation: textField(data, 'organisation').trim(),
      name: textField(data, 'name').trim(),
      email: textField(data, 'email').trim(),
    };
    const invalid =
      requireFields(data, fields) ?? passwordsDiffer(data, 'password', 'passwordRepeat');
    if (invalid) return fail(400, { errors: invalid, values });

    const completed = await completeSetup(apiFor(event), {
      token: event.url.searchParams.get('token') ?? '',
      organisationName: values.organisation,
      displayName: values.name,
      email: values.email,
      password: textField(data, 'password'),
    });
    if (!completed.ok) {
      const errors = formErrorsFromProblem(completed.problem, {
        fields: {
          '/password': 'password',
          '/email': 'email',
          '/displayName': 'name',
          '/organisationName': 'organisation',
        },
        problems: { 'not-found': 'setup_link_invalid', conflict: 'setup_link_now_used' },
      });
      return fail(completed.problem.status, { errors, values });
    }
    // Administrators set up the second factor first, then the setup offers the demo.
    redirect(303, localizeHref(nextSignInStep(completed.stage, setupDemoPath)));
  },
} satisfies Actions;
