import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../../clock.ts';
import {
  findApiKeyForVerification,
  insertApiKey,
  recordApiKeyUse,
  revokeApiKeyOfOrganisation,
  type ApiKeyRecord,
} from '../../db/repositories/api-keys.ts';
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
import { auditSucceeded, recordingRefusals, type AccountsAuditEntry } from '../account-audit.ts';
import { pino } from 'pino';
import { anonymous } from '../../security/access/principal.ts';
import { defaultServiceSettings, type ServiceContext } from '../context.ts';
import {
  generateTokenParts,
  hashSecret,
  parseTokenParts,
  secretMatches,
} from '../../security/credentials/tokens.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type { ApiKeyRecord };

/** Every key starts with this, so secret scanners and logs can recognise one. */
export const apiKeyPrefix = 'tw_';

/** A key lives at most this long; vendors rotate keys at least once a year. */
export const maxApiKeyLifetimeMs = 366 * 24 * 3_600_000;

/** `last_used_at` is written at most once a minute, like a session's last-seen time. */
export const apiKeyTouchIntervalMs = 60_000;

export interface CreateApiKeyInput {
  organisationId: string;
  /** The vendor user creating the key; must belong to the organisation. */
  createdBy: string;
  name: string;
  scopes: readonly ApiKeyScope[];
  expiresAt: Date;
  /** The request that asked, for the audit entry. */
  requestId?: string;
}

export interface CreatedApiKey {
  /** `tw_<id>.<secret>`: shown once, never stored. */
  token: string;
  key: ApiKeyRecord;
}

/**
 * Creates a vendor organisation's API key. The secret has 160 random bits and is stored only as
 * its SHA-256; the full key is returned once, to be shown to the vendor.
 */
export async function createApiKey(
  db: Db,
  clock: Clock,
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
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
  const ctx = auditContext(db, clock, input.requestId);
  const attempt: AccountsAuditEntry = {
    action: 'auth.api_key.created',
    actor: { type: 'user', id: input.createdBy },
    object: { type: 'organisation', id: input.organisationId },
  };
  const work = () =>
    withTransaction<DB, CreatedApiKey>(db, async (trx) => {
      const now = await clock.now<DB>(trx);
      const lifetime = input.expiresAt.getTime() - now.getTime();
      if (!(lifetime > 0 && lifetime <= maxApiKeyLifetimeMs)) {
        issues.push({
          in: 'body',
          pointer: '/expiresAt',
          detail: 'Choose an expiry in the future and at most a year ahead.',
        });
      }
      if (issues.length > 0) throw new ValidationError('The API key cannot be created.', issues);

      const organisation = await findOrganisationById(trx, input.organisationId);
      if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
      const creator = await findUserById(trx, input.createdBy);
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

export interface VerifiedApiKey {
  id: string;
  organisationId: string;
  scopes: readonly ApiKeyScope[];
  expiresAt: Date;
}

/**
 * The key a presented `tw_<id>.<secret>` stands for, or null: malformed, unknown, wrong secret
 * (also another key's secret), revoked, expired, its organisation disabled, or the user who
 * created it disabled. Disabling either revokes the keys as well; checking here too covers a key
 * created at the very moment its creator was disabled.
 */
export async function verifyApiKey(
  db: Db,
  clock: Clock,
  presented: string,
): Promise<VerifiedApiKey | null> {
  if (!presented.startsWith(apiKeyPrefix)) return null;
  const parts = parseTokenParts(presented.slice(apiKeyPrefix.length));
  if (parts === null) return null;
  const row = await findApiKeyForVerification(db, parts.id);
  if (row === undefined || !secretMatches(parts.secret, row.secret_hash)) return null;
  const now = await clock.now<DB>(db);
  if (
    row.revoked_at !== null ||
    now >= row.expires_at ||
    row.organisation_disabled_at !== null ||
    row.creator_disabled_at !== null
  ) {
    return null;
  }
  if (
    row.last_used_at === null ||
    now.getTime() - row.last_used_at.getTime() >= apiKeyTouchIntervalMs
  ) {
    await recordApiKeyUse(db, row.id, now);
  }
  return {
    id: row.id,
    organisationId: row.organisation_id,
    scopes: row.scopes as ApiKeyScope[],
    expiresAt: row.expires_at,
  };
}

/**
 * Revokes a key of the organisation at once: the next verification fails. A key of another
 * organisation is "not found".
 */
export async function revokeApiKey(
  db: Db,
  clock: Clock,
  input: {
    keyId: string;
    organisationId: string;
    /** The user who revokes it, for the audit entry. */
    revokedBy?: string;
    requestId?: string;
  },
): Promise<ApiKeyRecord> {
  const ctx = auditContext(db, clock, input.requestId);
  const attempt: AccountsAuditEntry = {
    action: 'auth.api_key.revoked',
    actor: input.revokedBy === undefined ? null : { type: 'user', id: input.revokedBy },
    object: { type: 'api_key', id: input.keyId },
  };
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, ApiKeyRecord>(db, async (trx) => {
      const now = await clock.now<DB>(trx);
      const key = await revokeApiKeyOfOrganisation(trx, input.keyId, input.organisationId, now);
      if (key === undefined) throw new NotFoundError('The API key does not exist.');
      await auditSucceeded(trx, ctx, { ...attempt, after: apiKeyState(key) });
      return key;
    }),
  );
}

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

/**
 * These functions take a database and a clock; the audit helpers want a service context. Each
 * entry names its actor itself, and nothing is logged besides the audit log.
 */
function auditContext(db: Db, clock: Clock, requestId: string | undefined): ServiceContext {
  return {
    db,
    clock,
    principal: anonymous,
    requestId: requestId ?? null,
    logger: pino({ enabled: false }),
    settings: defaultServiceSettings,
  };
}

export function hasScope(key: Pick<VerifiedApiKey, 'scopes'>, scope: ApiKeyScope): boolean {
  return key.scopes.includes(scope);
}

const credentialParameterNames = new Set([
  'api_key',
  'apikey',
  'api-key',
  'key',
  'token',
  'access_token',
  'auth',
  'authorization',
]);
const keyInText = new RegExp(`${apiKeyPrefix}[a-z2-7]{24}\\.`, 'i');

/**
 * Whether a request URL carries what looks like an API key in its query string. Such requests are
 * refused, not served: URLs end up in logs, proxies and browser histories, so a key sent there
 * counts as leaked (the vendor should revoke it).
 */
export function apiKeyInQuery(url: URL | string): boolean {
  const { searchParams } = typeof url === 'string' ? new URL(url, 'http://localhost') : url;
  for (const [name, value] of searchParams) {
    if (keyInText.test(name) || keyInText.test(value)) return true;
    if (credentialParameterNames.has(name.toLowerCase()) && value.startsWith(apiKeyPrefix)) {
      return true;
    }
  }
  return false;
}
