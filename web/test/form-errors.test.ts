import { passwordProblemCodes, problemTypes, problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { readProblem, type ApiProblem } from '../src/lib/api/problem.ts';
import { formErrorsFromProblem, type FormErrors } from '../src/lib/forms/form-errors.ts';
import { locales, readCatalogue } from '../scripts/message-catalogue.ts';

const catalogues = await Promise.all(locales.map((locale) => readCatalogue(locale)));

function problem(body: unknown, status = 422, headers: Record<string, string> = {}): ApiProblem {
  return readProblem(body, { status, headers: new Headers(headers) });
}

function validationFailed(...errors: { pointer: string; detail: string }[]) {
  return problem({
    type: problemTypeUri('validation-failed'),
    title: 'The request is invalid',
    status: 422,
    detail: 'Some values in the request are invalid.',
    errors: errors.map((error) => ({ in: 'body', ...error })),
  });
}

/** Every message key a result refers to. */
function keysOf(errors: FormErrors): string[] {
  return [errors.form, ...Object.values(errors.fields).flat()]
    .filter((message) => message !== null)
    .map((message) => message.key);
}

describe('formErrorsFromProblem', () => {
  it('puts each password policy reason next to the password field as its own message', () => {
    const errors = formErrorsFromProblem(
      validationFailed(
        { pointer: '/newPassword', detail: 'too-short' },
        { pointer: '/newPassword', detail: 'contains-personal-data' },
      ),
      { fields: { '/newPassword': 'newPassword' } },
    );
    expect(errors).toEqual({
      form: null,
      fields: {
        newPassword: [{ key: 'password_too_short' }, { key: 'password_contains_personal_data' }],
      },
    });
  });

  it.each(passwordProblemCodes)('has a German and an English text for the code %s', (code) => {
    const errors = formErrorsFromProblem(validationFailed({ pointer: '/password', detail: code }), {
      fields: { '/password': 'password' },
    });
    const [key] = keysOf(errors);
    expect(key).toBe(`password_${code.replaceAll('-', '_')}`);
    for (const catalogue of catalogues) expect(catalogue[key!]).toBeTruthy();
  });

  it('never shows the English detail of the API, only a translated message', () => {
    const errors = formErrorsFromProblem(
      validationFailed({ pointer: '/name', detail: 'Use 1 to 200 characters.' }),
      { fields: { '/name': 'name' } },
    );
    expect(errors.fields.name).toEqual([{ key: 'form_field_invalid' }]);
    expect(JSON.stringify(errors)).not.toContain('characters');
  });

  it('uses the message the form chose for a field', () => {
    const errors = formErrorsFromProblem(
      validationFailed({
        pointer: '/currentPassword',
        detail: 'The current password is not correct.',
      }),
      {
        fields: {
          '/currentPassword': { field: 'currentPassword', message: 'password_current_wrong' },
        },
      },
    );
    expect(errors).toEqual({
      form: null,
      fields: { currentPassword: [{ key: 'password_current_wrong' }] },
    });
  });

  it('says so for the whole form when a value belongs to no field of it', () => {
    const errors = formErrorsFromProblem(
      validationFailed(
        { pointer: '/name', detail: 'Use 1 to 200 characters.' },
        { pointer: '/token', detail: 'Too big' },
      ),
      { fields: { '/name': 'name' } },
    );
    expect(errors.form).toEqual({ key: 'problem_invalid' });
    expect(errors.fields.name).toEqual([{ key: 'form_field_invalid' }]);
  });

  it('shows the same message once when the API names a field twice', () => {
    const errors = formErrorsFromProblem(
      validationFailed(
        { pointer: '/scopes/0', detail: 'Invalid option' },
        { pointer: '/scopes/1', detail: 'Invalid option' },
      ),
      {
        fields: {
          '/scopes/0': { field: 'scopes', message: 'api_keys_scopes_required' },
          '/scopes/1': { field: 'scopes', message: 'api_keys_scopes_required' },
        },
      },
    );
    expect(errors.fields.scopes).toEqual([{ key: 'api_keys_scopes_required' }]);
  });

  it('lets a form give a problem type its own meaning, such as a failed login', () => {
    const unauthenticated = problem(
      { type: problemTypeUri('unauthenticated'), title: 'Authentication required', status: 401 },
      401,
    );
    expect(
      formErrorsFromProblem(unauthenticated, { problems: { unauthenticated: 'login_failed' } }),
    ).toEqual({ form: { key: 'login_failed' }, fields: {} });
    expect(formErrorsFromProblem(unauthenticated).form).toEqual({ key: 'problem_unauthenticated' });
  });

  it('says how many minutes to wait after too many attempts', () => {
    const tooMany = (retryAfter?: string) =>
      formErrorsFromProblem(
        problem(
          { type: problemTypeUri('too-many-requests'), status: 429 },
          429,
          retryAfter ? { 'retry-after': retryAfter } : {},
        ),
      ).form;
    expect(tooMany('125')).toEqual({ key: 'problem_too_many_requests', values: { minutes: 3 } });
    expect(tooMany('5')).toEqual({ key: 'problem_too_many_requests', values: { minutes: 1 } });
    expect(tooMany()).toEqual({ key: 'problem_too_many_requests', values: { minutes: 1 } });
  });

  it('answers something that is not a problem (a proxy error page) with the generic message', () => {
    const errors = formErrorsFromProblem(problem('<html>Bad gateway</html>', 502));
    expect(errors).toEqual({ form: { key: 'problem_generic' }, fields: {} });
  });

  it.each(problemTypes)('has a translated message for the problem type %s', (slug) => {
    const errors = formErrorsFromProblem(problem({ type: problemTypeUri(slug) }, 400));
    const [key] = keysOf(errors);
    for (const catalogue of catalogues) expect(catalogue[key!], key).toBeTruthy();
  });
});
