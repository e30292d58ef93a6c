import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';
import type { SessionStage } from './sign-in.service.ts';

// Mutations of one's own account: sessions, password, second factor.

/**
 * Ends one of one's own sessions. A session that is gone already (ended elsewhere, expired)
 * counts as ended: what was asked for is true.
 */
export async function endOwnSession(
  api: ApiClient,
  input: { sessionId: string },
): Promise<ServiceResult<{ alreadyEnded: boolean }>> {
  const answer = await send(() =>
    api.DELETE('/api/v1/account/sessions/{sessionId}', {
      params: { path: { sessionId: input.sessionId } },
    }),
  );
  if (answer.response.ok) return { ok: true, alreadyEnded: false };
  if (answer.response.status === 404) return { ok: true, alreadyEnded: true };
  return refusal(answer);
}

/** Changes one's password; the API ends every other session. */
export async function changeOwnPassword(
  api: ApiClient,
  input: { currentPassword: string; newPassword: string },
): Promise<ServiceResult> {
  const answer = await send(() => api.POST('/api/v1/account/password', { body: input }));
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/**
 * Removes one's TOTP key and recovery codes. The session's new stage says whether the role must
 * set up a new key before doing anything else (`enrolment`).
 */
export async function resetOwnTotp(
  api: ApiClient,
  input: { password: string },
): Promise<ServiceResult<{ stage: SessionStage }>> {
  const answer = await send(() => api.POST('/api/v1/account/totp/reset', { body: input }));
  return answer.data ? { ok: true, stage: answer.data.stage } : refusal(answer);
}

export interface TotpEnrolment {
  secret: string;
  keyUri: string;
  qrCodeSvg: string;
}

/** A new TOTP key to scan; nothing is stored until it is confirmed with a code. */
export async function startTotpEnrolment(
  api: ApiClient,
): Promise<ServiceResult<{ enrolment: TotpEnrolment }>> {
  const answer = await send(() => api.POST('/api/v1/account/totp/enrolment'));
  return answer.data ? { ok: true, enrolment: answer.data } : refusal(answer);
}

/** Stores the key once a code from it is right; the recovery codes are in this answer only. */
export async function confirmTotpEnrolment(
  api: ApiClient,
  input: { secret: string; code: string },
): Promise<ServiceResult<{ recoveryCodes: string[] }>> {
  const answer = await send(() =>
    api.POST('/api/v1/account/totp/enrolment/confirm', { body: input }),
  );
  return answer.data ? { ok: true, recoveryCodes: answer.data.recoveryCodes } : refusal(answer);
}
