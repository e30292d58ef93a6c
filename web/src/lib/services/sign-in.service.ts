import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The steps of signing in and out. Each sets or clears the session cookie, which `apiFor` hands
// on to the browser.

/** How far a session has got: signed in, waiting for a code, or waiting for TOTP set-up. */
export type SessionStage = components['schemas']['LoginResponse']['stage'];

/** The first step: e-mail address and password. */
export async function signIn(
  api: ApiClient,
  input: { email: string; password: string },
): Promise<ServiceResult<{ stage: SessionStage }>> {
  const answer = await send(() => api.POST('/api/v1/account/login', { body: input }));
  return answer.data ? { ok: true, stage: answer.data.stage } : refusal(answer);
}

/** The second step: a code from the authenticator app, or one of the recovery codes. */
export async function completeSignIn(
  api: ApiClient,
  input: { method: 'app' | 'recovery'; code: string },
): Promise<ServiceResult<{ stage: SessionStage }>> {
  const path =
    input.method === 'app' ? '/api/v1/account/login/totp' : '/api/v1/account/login/recovery-code';
  const answer = await send(() => api.POST(path, { body: { code: input.code } }));
  return answer.data ? { ok: true, stage: answer.data.stage } : refusal(answer);
}

/** Sets the first password with the token of an invitation link. */
export async function acceptInvitation(
  api: ApiClient,
  input: { token: string; password: string },
): Promise<ServiceResult> {
  const answer = await send(() => api.POST('/api/v1/account/invitations/accept', { body: input }));
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/**
 * Ends this browser's session. A session that had ended already (401) leaves the browser signed
 * out all the same; anything else left it alive.
 */
export async function signOut(api: ApiClient): Promise<ServiceResult> {
  const answer = await send(() => api.POST('/api/v1/account/logout'));
  return answer.response.ok || answer.response.status === 401 ? { ok: true } : refusal(answer);
}
