import { fail, redirect } from '@sveltejs/kit';
import { nextSignInStep } from '#lib/account/sign-in-steps.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { returnQuery, safeReturnPath } from '#lib/navigation/return-path.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { completeSignIn } from '#lib/services/sign-in.service.ts';
import { apiFor, hasSessionCookie } from '#lib/server/api.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The second step of the sign-in: a code from the authenticator app, or one of the recovery
// codes. Which of the two forms shows is part of the address, so it works without JavaScript.

export const load: PageServerLoad = ({ url, cookies }) => ({
  returnPath: safeReturnPath(url.searchParams.get('to')),
  method: url.searchParams.get('method') === 'recovery' ? ('recovery' as const) : ('app' as const),
  // Without any session there is no sign-in waiting for a code: asking for one would only end in
  // "the code is not valid", whatever was typed.
  pending: hasSessionCookie(cookies),
});

export const actions = {
  app: (event) => secondStep(event, 'app'),
  recovery: (event) => secondStep(event, 'recovery'),
} satisfies Actions;

async function secondStep(event: RequestEvent, method: 'app' | 'recovery') {
  const data = await event.request.formData();
  const returnPath = safeReturnPath(textField(data, 'to'));
  // The page then says that the sign-in must start again (see load).
  if (!hasSessionCookie(event.cookies)) {
    redirect(303, `${localizeHref('/login/code')}${returnQuery(returnPath)}`);
  }
  const missing = requireFields(data, ['code']);
  if (missing) return fail(400, { errors: missing });
  // Apps show the code in groups ("492 039"), recovery codes come with hyphens: both are fine.
  const code = textField(data, 'code').trim();
  const result = await completeSignIn(apiFor(event), { method, code });
  if (!result.ok) {
    // A wrong, reused or malformed code and a sign-in that has expired meanwhile all answer 401.
    const errors = formErrorsFromProblem(result.problem, {
      fields: { '/code': 'code' },
      problems: { unauthenticated: 'code_invalid' },
    });
    return fail(result.problem.status, { errors });
  }
  redirect(303, localizeHref(nextSignInStep(result.stage, returnPath)));
}
