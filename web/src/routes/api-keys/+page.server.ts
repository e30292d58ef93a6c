import { error, fail, redirect } from '@sveltejs/kit';
import { apiKeyScopeNames, type ApiKeyScope } from '@tenderwise/schema';
import { apiKeysArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { createApiKey, revokeApiKey } from '#lib/services/api-key.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';
import { expiryChoices, expiryInstant } from './expiry.ts';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, apiKeysArea);
  const result = await apiFor(event).GET('/api/v1/api-keys');
  if (result.response.status === 401) sessionEnded(event.url);
  // 403: a role the navigation could not tell (see signed-in-user.ts) that may not use keys.
  if (!result.data) error(result.response.status === 403 ? 403 : 503, 'API keys unavailable');
  const { keys } = result.data;
  const byId = (id: string | null) => keys.find((key) => key.id === id) ?? null;
  const confirmRevoke = byId(event.url.searchParams.get('revoke'));
  return {
    keys,
    // Only an active key can be revoked; a stale link to the confirmation shows nothing.
    confirmRevoke: confirmRevoke?.revokedAt === null ? confirmRevoke : null,
    revoked: byId(event.url.searchParams.get('revoked')),
    expiry: expiryChoices(new Date()),
  };
};

export const actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const name = textField(data, 'name').trim();
    const scopes = data
      .getAll('scopes')
      .filter((scope): scope is ApiKeyScope =>
        (apiKeyScopeNames as readonly unknown[]).includes(scope),
      );
    const expiresOn = textField(data, 'expiresOn');
    const values = { name, scopes, expiresOn };
    const errors: FormErrors = requireFields(data, ['name', 'expiresOn']) ?? {
      form: null,
      fields: {},
    };
    if (scopes.length === 0) errors.fields.scopes = [{ key: 'api_keys_scopes_required' }];
    const expiresAt = expiryInstant(expiresOn);
    if (expiresAt === null && !errors.fields.expiresOn) {
      errors.fields.expiresOn = [{ key: 'api_keys_expiry_invalid' }];
    }
    if (Object.keys(errors.fields).length > 0 || expiresAt === null) {
      return fail(400, { form: 'create' as const, errors, values });
    }

    const result = await createApiKey(apiFor(event), { name, scopes, expiresAt });
    // The key itself is in this answer only; it is shown once and kept nowhere.
    if (result.ok) {
      return { form: 'create' as const, created: { name: result.name, token: result.token } };
    }
    leaveIfSessionEnded(result, event.url);
    const scopeError = { field: 'scopes', message: 'api_keys_scopes_required' } as const;
    return fail(result.problem.status, {
      form: 'create' as const,
      values,
      errors: formErrorsFromProblem(result.problem, {
        fields: {
          '/name': 'name',
          '/scopes': scopeError,
          ...Object.fromEntries(
            apiKeyScopeNames.map((_, index) => [`/scopes/${index}`, scopeError]),
          ),
          '/expiresAt': { field: 'expiresOn', message: 'api_keys_expiry_invalid' },
        },
      }),
    });
  },

  revoke: async (event) => {
    const keyId = textField(await event.request.formData(), 'keyId');
    const result = await revokeApiKey(apiFor(event), { keyId });
    if (!result.ok) {
      leaveIfSessionEnded(result, event.url);
      return fail(result.problem.status, {
        form: 'revoke' as const,
        errors: formErrorsFromProblem(result.problem),
      });
    }
    redirect(303, `${localizeHref('/api-keys')}?${new URLSearchParams({ revoked: keyId })}`);
  },
} satisfies Actions;
