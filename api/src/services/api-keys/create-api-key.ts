import { insertApiKey } from '../../db/repositories/api-keys.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findUserById } from '../../db/repositories/users.ts';
import { apiKeyScopes, type ApiKeyScope } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import { apiKeyPrefix, maxApiKeyLifetimeMs } from '../../security/credentials/api-keys.ts';
import { generateTokenParts, hashSecret } from '../../security/credentials/tokens.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { apiKeyState, type ApiKeyRecord } from './api-key-record.ts';

export interface CreateApiKeyInput {
  name: string;
  scopes: readonly ApiKeyScope[];
  expiresAt: Date;
}

export interface CreatedApiKey {
  /** `tw_<id>.<secret>`: shown once, never stored. */
  token: string;
  key: ApiKeyRecord;
}

/**
 * Creates an API key of the caller's own vendor organisation, as the policy table's row
 * `createApiKey` allows (vendor users with a session; no key creates keys). The organisation is
 * the caller's, so the request names no object. The secret has 160 random bits and is stored
 * only as its SHA-256; the full key is returned once, to be shown to the vendor.
 */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateApiKeyInput;
}): Promise<CreatedApiKey> {
  const { principal } = ctx;
  const organisationRef =
    principal.kind === 'user'
      ? { type: 'organisation' as const, id: principal.organisationId }
      : null;
  const attempt = { action: 'auth.api_key.created', object: organisationRef } as const;
  await authorize(ctx, {
    operationId: 'createApiKey',
    onRefused: () => auditRefused(ctx, attempt),
  });
  // The policy row admits only vendor users; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users create API keys');

  const name = input.name.trim();
  const scopes = [...new Set(input.scopes)].sort();
  const issues: FieldIssue[] = [];
  if (name.length < 1 || name.length > 100) {
    issues.push({ in: 'body', pointer: '/name', detail: 'Use 1 to 100 characters.' });
  }
  if (scopes.length === 0 || scopes.some((scope) => !apiKeyScopes.includes(scope))) {
    issues.push({
      in: 'body',
      pointer: '/scopes',
      detail: `Choose one or more of ${apiKeyScopes.join(', ')}.`,
    });
  }
  const { id, secret } = generateTokenParts();
  const work = () =>
    withTransaction<DB, CreatedApiKey>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const lifetime = input.expiresAt.getTime() - now.getTime();
      if (!(lifetime > 0 && lifetime <= maxApiKeyLifetimeMs)) {
        issues.push({
          in: 'body',
          pointer: '/expiresAt',
          detail: 'Choose an expiry in the future and at most a year ahead.',
        });
      }
      if (issues.length > 0) throw new ValidationError('The API key cannot be created.', issues);

      const organisation = await findOrganisationById(trx, principal.organisationId);
      if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
      const creator = await findUserById(trx, principal.userId);
      if (
        organisation.kind !== 'vendor' ||
        organisation.disabled_at !== null ||
        creator === undefined ||
        creator.organisation_id !== organisation.id ||
        creator.disabled_at !== null
      ) {
        throw new ForbiddenError('Only active users of a vendor organisation create its API keys.');
      }
      const key = await insertApiKey(trx, {
        id,
        organisationId: organisation.id,
        createdBy: creator.id,
        name,
        secretHash: hashSecret(secret),
        scopes,
        createdAt: now,
        expiresAt: input.expiresAt,
      });
      await auditSucceeded(trx, ctx, {
        ...attempt,
        object: { type: 'api_key', id: key.id },
        after: apiKeyState(key),
      });
      return { token: `${apiKeyPrefix}${id}.${secret}`, key };
    });
  return recordingRefusals(ctx, attempt, work);
}
