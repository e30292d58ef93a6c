import { findApiKeyById, revokeApiKeyOfOrganisation } from '../../db/repositories/api-keys.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import { apiKeyObject } from '../access-objects.ts';
import { auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { apiKeyState, type ApiKeyRecord } from './api-key-record.ts';

/**
 * Revokes a key at once (the next verification fails), as the policy table's row `revokeApiKey`
 * allows: a vendor user revokes their own organisation's keys (another organisation's key is not
 * found, exactly like a key that does not exist), an administrator any key, for a vendor who lost
 * control of one. The key is the object `authorize` decides on; a key that does not exist is
 * refused as "not found", with the key's id in the audit entry.
 */
export async function revokeApiKey({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { keyId: string };
}): Promise<ApiKeyRecord> {
  const found = await findApiKeyById(ctx.db, input.keyId);
  await authorize(ctx, {
    operationId: 'revokeApiKey',
    ...(found !== undefined && { object: apiKeyObject(found) }),
  });
  const { principal } = ctx;
  // The policy row admits only vendor users and administrators; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users revoke API keys');
  // A missing key is looked for in the caller's organisation, where it is not found either.
  const organisationId = found?.organisation_id ?? principal.organisationId;
  const attempt = {
    action: 'auth.api_key.revoked',
    object: { type: 'api_key', id: input.keyId },
  } as const;
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, ApiKeyRecord>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const key = await revokeApiKeyOfOrganisation(trx, input.keyId, organisationId, now);
      if (key === undefined) throw new NotFoundError('The API key does not exist.');
      await auditSucceeded(trx, ctx, { ...attempt, after: apiKeyState(key) });
      return key;
    }),
  );
}
