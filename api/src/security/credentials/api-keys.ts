import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../../clock.ts';
import { findApiKeyForVerification, recordApiKeyUse } from '../../db/repositories/api-keys.ts';
import type { ApiKeyScope } from '../../db/tables/accounts.ts';
import type { DB } from '../../db/types.ts';
import { parseTokenParts, secretMatches } from './tokens.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Every key starts with this, so secret scanners and logs can recognise one. */
export const apiKeyPrefix = 'tw_';

/** A key lives at most this long; vendors rotate keys at least once a year. */
export const maxApiKeyLifetimeMs = 366 * 24 * 3_600_000;

/** `last_used_at` is written at most once a minute, like a session's last-seen time. */
export const apiKeyTouchIntervalMs = 60_000;

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
 *
 * A credential check, like `validateSessionToken` for a session cookie: the HTTP edge calls it to
 * find out who a request's caller is, before any domain verb runs.
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
