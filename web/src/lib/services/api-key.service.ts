import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// A vendor organisation's API keys, managed by its users; administrators revoke them too.

type ApiKeyScope = components['schemas']['ApiKeyScope'];

/** Creates a key; its token is in this answer only and is kept nowhere. */
export async function createApiKey(
  api: ApiClient,
  input: { name: string; scopes: ApiKeyScope[]; expiresAt: string },
): Promise<ServiceResult<{ name: string; token: string }>> {
  const answer = await send(() => api.POST('/api/v1/api-keys', { body: input }));
  return answer.data
    ? { ok: true, name: answer.data.key.name, token: answer.data.token }
    : refusal(answer);
}

/** Revokes a key at once; programs using it lose access. */
export async function revokeApiKey(
  api: ApiClient,
  input: { keyId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/api-keys/{keyId}', { params: { path: { keyId: input.keyId } } }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
