import type { Transaction } from 'kysely';
import { authorize, type AccessContext } from '../../security/access/authorize.ts';
import {
  findApiKeyById,
  revokeApiKeysCreatedBy,
  revokeApiKeysOfOrganisation,
  type ApiKeyRecord,
} from '../../db/repositories/api-keys.ts';
import type { DB } from '../../db/types.ts';
import { apiKeyState, revokeApiKey } from './api-keys.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Revokes a key for the caller, as the policy table's row `revokeApiKey` allows: a vendor user
 * revokes their own organisation's keys (another organisation's key is not found), an
 * administrator any key, for a vendor who lost control of one. A key that does not exist is
 * refused as before, with the key's id in the audit entry.
 */
export async function revokeApiKeyForCaller({
  ctx,
  input,
}: {
  ctx: AccessContext;
  input: { keyId: string };
}): Promise<ApiKeyRecord> {
  const { principal } = ctx;
  if (principal.kind !== 'user') throw new Error('Only signed-in users revoke API keys');
  const key = await findApiKeyById(ctx.db, input.keyId);
  if (key !== undefined) {
    await authorize(ctx, {
      operationId: 'revokeApiKey',
      object: {
        type: 'apiKey',
        id: key.id,
        organisationId: key.organisation_id,
        vendorOrganisationId: key.organisation_id,
      },
    });
  }
  return revokeApiKey(ctx.db, ctx.clock, {
    keyId: input.keyId,
    // A missing key is looked for in the caller's organisation, where it is not found either.
    organisationId: key?.organisation_id ?? principal.organisationId,
    revokedBy: principal.userId,
    ...(ctx.requestId !== null && { requestId: ctx.requestId }),
  });
}

/**
 * Revokes every live key the user created, with an audit entry each, in the transaction that
 * disables the user: a key must not outlive the person who made it. Returns how many.
 */
export async function revokeKeysCreatedBy(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  input: { userId: string; now: Date },
): Promise<number> {
  const keys = await revokeApiKeysCreatedBy(trx, input.userId, input.now);
  await auditRevoked(trx, ctx, keys);
  return keys.length;
}

/**
 * Revokes every live key of the organisation, with an audit entry each, in the transaction that
 * disables it. Returns how many.
 */
export async function revokeKeysOfOrganisation(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  input: { organisationId: string; now: Date },
): Promise<number> {
  const keys = await revokeApiKeysOfOrganisation(trx, input.organisationId, input.now);
  await auditRevoked(trx, ctx, keys);
  return keys.length;
}

async function auditRevoked(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  keys: readonly ApiKeyRecord[],
): Promise<void> {
  for (const key of keys) {
    await auditSucceeded(trx, ctx, {
      action: 'auth.api_key.revoked',
      object: { type: 'api_key', id: key.id },
      after: apiKeyState(key),
    });
  }
}
