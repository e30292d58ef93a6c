import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The users of an organisation, as administrators manage them.

type UserRole = components['schemas']['UserRole'];

/** An invitation link, shown once to the administrator to hand over. */
export interface Invitation {
  url: string;
  expiresAt: string;
}

/** Creates a user who sets their password with the invitation link in the answer. */
export async function createUser(
  api: ApiClient,
  input: { organisationId: string; email: string; displayName: string; role: UserRole },
): Promise<ServiceResult<{ displayName: string; invitation: Invitation }>> {
  const { organisationId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/organisations/{organisationId}/users', {
      params: { path: { organisationId } },
      body,
    }),
  );
  return answer.data
    ? { ok: true, displayName: answer.data.user.displayName, invitation: answer.data.invitation }
    : refusal(answer);
}

/** A new invitation link for a user who has not set a password; older links stop working. */
export async function issueInvitation(
  api: ApiClient,
  input: { userId: string },
): Promise<ServiceResult<{ invitation: Invitation }>> {
  const answer = await send(() =>
    api.POST('/api/v1/users/{userId}/invitation', { params: { path: { userId: input.userId } } }),
  );
  return answer.data ? { ok: true, invitation: answer.data.invitation } : refusal(answer);
}

/** Gives a user another role; the API ends their sessions so the new role applies at once. */
export async function changeUserRole(
  api: ApiClient,
  input: { userId: string; role: UserRole },
): Promise<ServiceResult<{ role: UserRole; endedSessions: number }>> {
  const answer = await send(() =>
    api.PATCH('/api/v1/users/{userId}', {
      params: { path: { userId: input.userId } },
      body: { role: input.role },
    }),
  );
  return answer.data
    ? { ok: true, role: answer.data.user.role, endedSessions: answer.data.endedSessions }
    : refusal(answer);
}

/** Signs a user out everywhere. */
export async function endUserSessions(
  api: ApiClient,
  input: { userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/users/{userId}/sessions', { params: { path: { userId: input.userId } } }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** Removes a user's TOTP key and recovery codes, for a lost phone. */
export async function resetUserTotp(
  api: ApiClient,
  input: { userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/users/{userId}/totp/reset', { params: { path: { userId: input.userId } } }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/**
 * Lets a disabled user sign in again with what they had; sessions, invitation links and API keys
 * that disabling ended stay ended.
 */
export async function enableUser(
  api: ApiClient,
  input: { userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/users/{userId}/enable', { params: { path: { userId: input.userId } } }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/**
 * Locks a user out: sessions and open invitations end at once, and the API keys they created are
 * revoked. The API refuses one's own account.
 */
export async function disableUser(
  api: ApiClient,
  input: { userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/users/{userId}/disable', { params: { path: { userId: input.userId } } }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
