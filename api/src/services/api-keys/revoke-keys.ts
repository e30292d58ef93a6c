import type { Transaction } from 'kysely';
import {
  revokeApiKeysCreatedBy,
  revokeApiKeysOfOrganisation,
} from '../../db/repositories/api-keys.ts';
import type { DB } from '../../db/types.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { apiKeyState, type ApiKeyRecord } from './api-key-record.ts';

/*
 * Steps of other verbs, not verbs of their own: they run inside the transaction of
 * `disableUser` and `disableOrganisation`, which have authorised the caller already.
 */

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
