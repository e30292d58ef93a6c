import type { ApiKeyResponse, ApiKeyScope } from '@tenderwise/schema';
import type { ApiKeyRecord } from '../../services/api-keys/api-key-record.ts';

/** What a vendor sees of a key; the record carries no secret or hash to leak. */
export function apiKeyResponse(key: ApiKeyRecord): ApiKeyResponse {
  return {
    id: key.id,
    name: key.name,
    scopes: key.scopes as ApiKeyScope[],
    createdBy: key.created_by,
    createdAt: key.created_at.toISOString(),
    expiresAt: key.expires_at.toISOString(),
    revokedAt: key.revoked_at?.toISOString() ?? null,
    lastUsedAt: key.last_used_at?.toISOString() ?? null,
  };
}
