import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The first run: the setup link the server prints on an installation without an administrator
// (`PUBLIC_ORIGIN/setup?token=…`). The token goes to the API in request bodies only.

/** What a setup link is good for: `valid`, `used` (an administrator exists) or `unknown`. */
export type SetupLinkStatus = components['schemas']['SetupTokenStatusResponse']['status'];

/**
 * Whether the link still creates the first administrator; null when the API could not say (too
 * many checks, unreachable): the page then shows the form, and completing tells. A token the API
 * refuses to read at all (far too long) is no link the server printed.
 */
export async function checkSetupLink(
  api: ApiClient,
  token: string,
): Promise<SetupLinkStatus | null> {
  const answer = await send(() => api.POST('/api/v1/account/setup/check', { body: { token } }));
  if (answer.response.status === 422) return 'unknown';
  return answer.data?.status ?? null;
}

/**
 * Creates the first administrator and their authority; the API signs them in (the cookie reaches
 * the browser through `apiFor`) at the stage of setting up TOTP.
 */
export async function completeSetup(
  api: ApiClient,
  input: components['schemas']['CompleteSetupRequest'],
): Promise<ServiceResult<{ stage: components['schemas']['SetupCompletedResponse']['stage'] }>> {
  const answer = await send(() => api.POST('/api/v1/account/setup/complete', { body: input }));
  return answer.data ? { ok: true, stage: answer.data.stage } : refusal(answer);
}
