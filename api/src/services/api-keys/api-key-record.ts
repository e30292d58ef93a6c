import type { ApiKeyRecord } from '../../db/repositories/api-keys.ts';

/** A stored key as the verbs return it: never its secret or hash. */
export type { ApiKeyRecord };

/** The key's audited state: what it may do and until when; never its secret or hash. */
export function apiKeyState(key: ApiKeyRecord): Record<string, unknown> {
  return {
    id: key.id,
    organisationId: key.organisation_id,
    scopes: key.scopes,
    expiresAt: key.expires_at.toISOString(),
    revokedAt: key.revoked_at?.toISOString() ?? null,
  };
}
