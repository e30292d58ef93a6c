import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface SetupToken {
  id: string;
  created_at: Date;
  used_at: Date | null;
  administrator_id: string | null;
}

const columns = ['id', 'created_at', 'used_at', 'administrator_id'] as const;

/** Stores a new open token by its SHA-256; the caller has removed the open one first. */
export function insertSetupToken(
  db: Db,
  values: { tokenHash: Uint8Array; createdAt: Date },
): Promise<SetupToken> {
  return db
    .insertInto('setup_token')
    .values({ token_hash: values.tokenHash, created_at: values.createdAt })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Deletes the open (unused) tokens, which a new one replaces; their ids. */
export async function deleteOpenSetupTokens(db: Db): Promise<string[]> {
  const rows = await db
    .deleteFrom('setup_token')
    .where('used_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Finds a token by the SHA-256 of its secret. The token has 160 random bits, so an index lookup
 * by its hash leaks nothing worth a constant-time comparison.
 */
export function findSetupTokenByHash(
  db: Db,
  tokenHash: Uint8Array,
): Promise<SetupToken | undefined> {
  return db
    .selectFrom('setup_token')
    .select(columns)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Uses the token up for the administrator it created; false when it was used already (one
 * atomic statement, so of two submissions with one token only one gets true).
 */
export async function markSetupTokenUsed(
  db: Db,
  id: string,
  values: { at: Date; administratorId: string },
): Promise<boolean> {
  const result = await db
    .updateTable('setup_token')
    .set({ used_at: values.at, administrator_id: values.administratorId })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Uses up every open token without naming an administrator; their ids. */
export async function withdrawOpenSetupTokens(db: Db, at: Date): Promise<string[]> {
  const rows = await db
    .updateTable('setup_token')
    .set({ used_at: at })
    .where('used_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}
