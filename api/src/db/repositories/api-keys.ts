import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ApiKeyScope, ApiKeyTable } from '../tables/accounts.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** An API key as it may be shown: without the secret's hash. */
export type ApiKeyRecord = Omit<Selectable<ApiKeyTable>, 'secret_hash' | 'organisation_kind'>;

const apiKeyColumns = [
  'api_key.id',
  'api_key.organisation_id',
  'api_key.created_by',
  'api_key.name',
  'api_key.scopes',
  'api_key.created_at',
  'api_key.expires_at',
  'api_key.revoked_at',
  'api_key.last_used_at',
] as const;

export function insertApiKey(
  db: Db,
  values: {
    id: string;
    organisationId: string;
    createdBy: string;
    name: string;
    secretHash: Uint8Array;
    scopes: ApiKeyScope[];
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<ApiKeyRecord> {
  return db
    .insertInto('api_key')
    .values({
      id: values.id,
      organisation_id: values.organisationId,
      created_by: values.createdBy,
      name: values.name,
      secret_hash: values.secretHash,
      scopes: values.scopes,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .returning(apiKeyColumns)
    .executeTakeFirstOrThrow();
}

export interface ApiKeyForVerification extends ApiKeyRecord {
  secret_hash: Uint8Array;
  organisation_disabled_at: Date | null;
  creator_disabled_at: Date | null;
}

export function findApiKeyForVerification(
  db: Db,
  id: string,
): Promise<ApiKeyForVerification | undefined> {
  return db
    .selectFrom('api_key')
    .innerJoin('organisation', 'organisation.id', 'api_key.organisation_id')
    .innerJoin('app_user', 'app_user.id', 'api_key.created_by')
    .select([
      ...apiKeyColumns,
      'api_key.secret_hash',
      'organisation.disabled_at as organisation_disabled_at',
      'app_user.disabled_at as creator_disabled_at',
    ])
    .where('api_key.id', '=', id)
    .executeTakeFirst();
}

export async function recordApiKeyUse(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('api_key').set({ last_used_at: at }).where('id', '=', id).execute();
}

/**
 * Revokes the organisation's key; a key of another organisation is treated as missing.
 * Revoking twice keeps the first time. Undefined when there is no such key.
 */
export function revokeApiKeyOfOrganisation(
  db: Db,
  id: string,
  organisationId: string,
  at: Date,
): Promise<ApiKeyRecord | undefined> {
  return db
    .updateTable('api_key')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .returning(apiKeyColumns)
    .executeTakeFirst();
}

/** A key by its id, of whichever organisation; undefined when there is none. */
export function findApiKeyById(db: Db, id: string): Promise<ApiKeyRecord | undefined> {
  return db.selectFrom('api_key').select(apiKeyColumns).where('id', '=', id).executeTakeFirst();
}

/**
 * Revokes every live key of the organisation (when it is disabled); returns the keys revoked
 * now, not those revoked before.
 */
export function revokeApiKeysOfOrganisation(
  db: Db,
  organisationId: string,
  at: Date,
): Promise<ApiKeyRecord[]> {
  return db
    .updateTable('api_key')
    .set({ revoked_at: at })
    .where('organisation_id', '=', organisationId)
    .where('revoked_at', 'is', null)
    .returning(apiKeyColumns)
    .execute();
}

/**
 * Revokes every live key the user created (when the user is disabled); returns the keys revoked
 * now, not those revoked before.
 */
export function revokeApiKeysCreatedBy(db: Db, userId: string, at: Date): Promise<ApiKeyRecord[]> {
  return db
    .updateTable('api_key')
    .set({ revoked_at: at })
    .where('created_by', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(apiKeyColumns)
    .execute();
}

export function listApiKeysOfOrganisation(db: Db, organisationId: string): Promise<ApiKeyRecord[]> {
  return db
    .selectFrom('api_key')
    .select(apiKeyColumns)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
