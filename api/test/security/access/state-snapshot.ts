import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../src/db/types.ts';
import type { RollbackScope } from '../../harness/rollback.ts';
import type { OwnRows } from './fixtures/index.ts';

/**
 * What may change when a caller without the right to change anything calls an unsafe operation:
 * the audit log (refusals are recorded), a session's last-seen time and sliding expiry, an API
 * key's last use, and rate-limit counters (any request, refused or not, is counted).
 */
export const allowedToChange: Readonly<Record<string, 'table' | readonly string[]>> = {
  audit_entry: 'table',
  audit_chain_head: 'table',
  rate_limit: 'table',
  user_session: ['last_seen_at', 'idle_expires_at'],
  api_key: ['last_used_at'],
};

/** Per table of the public schema: its row count and a hash of its rows in canonical order. */
export type Snapshot = Record<string, { rows: number; hash: string }>;

/**
 * Snapshots every table the migrations created, so a new table is covered without touching this
 * file. Each row is rendered as jsonb text (columns that may change removed) and the sorted rows
 * hashed; works the same on PGlite and PostgreSQL.
 *
 * `own` names rows a matrix cell made for itself (see `PreparedCell.own`), left out of every
 * table: a listed user's `app_user` row and any row whose `user_id` is theirs (and the turns of
 * their conversations), a listed
 * session's `user_session` row, the users created with a listed e-mail address with their rows
 * and organisation, and a listed setup token. Without it, every row counts.
 */
export async function snapshotState(db: Kysely<DB>, own: OwnRows = {}): Promise<Snapshot> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  return snapshotTables(
    db,
    tables.map((table) => table.name),
    own,
  );
}

/** {@link snapshotState} of the named tables only. */
export async function snapshotTables(
  db: Kysely<DB>,
  tables: readonly string[],
  own: OwnRows = {},
): Promise<Snapshot> {
  const snapshot: Snapshot = {};
  for (const name of tables) {
    const allowed = allowedToChange[name];
    if (allowed === 'table') continue;
    const dropped = allowed ?? [];
    const rowText = dropped.reduce(
      (expression, column) => sql`${expression} - ${column}::text`,
      sql`to_jsonb(t)`,
    );
    const { rows } = await sql<{ rows: string | number; hash: string | null }>`
      select count(*) as rows,
             md5(coalesce(string_agg(r.row_text, E'\n' order by r.row_text), '')) as hash
      from (select (${rowText})::text as row_text from ${sql.table(name)} as t
            where not ${ownRow(name, own)}) as r`.execute(db);
    const row = rows[0]!;
    snapshot[name] = { rows: Number(row.rows), hash: row.hash ?? '' };
  }
  return snapshot;
}

/** Whether a row of the table (alias `t`) is one of the cell's own; a constant false without any. */
function ownRow(table: string, own: OwnRows) {
  const conditions = [];
  const userIds = own.userIds ?? [];
  const sessionIds = own.sessionIds ?? [];
  if (userIds.length > 0) {
    const ids = sql.join(userIds.map((id) => sql`${id}`));
    conditions.push(sql`coalesce(to_jsonb(t) ->> 'user_id', '') in (${ids})`);
    if (table === 'app_user') conditions.push(sql`(to_jsonb(t) ->> 'id') in (${ids})`);
    // A turn belongs to its conversation, whose `user_id` says whose it is.
    if (table === 'conversation_turn') {
      conditions.push(
        sql`(to_jsonb(t) ->> 'conversation_id') in (select c.id::text from conversation as c
              where c.user_id::text in (${ids}))`,
      );
    }
  }
  if (sessionIds.length > 0 && table === 'user_session') {
    const ids = sql.join(sessionIds.map((id) => sql`${id}`));
    conditions.push(sql`(to_jsonb(t) ->> 'id') in (${ids})`);
  }
  const emails = own.emails ?? [];
  if (emails.length > 0) {
    const addresses = sql.join(emails.map((email) => sql`${email.toLowerCase()}`));
    const created = sql`select u.id::text from app_user as u where lower(u.email) in (${addresses})`;
    conditions.push(sql`coalesce(to_jsonb(t) ->> 'user_id', '') in (${created})`);
    if (table === 'app_user') conditions.push(sql`(to_jsonb(t) ->> 'id') in (${created})`);
    if (table === 'organisation') {
      conditions.push(
        sql`(to_jsonb(t) ->> 'id') in (select u.organisation_id::text from app_user as u
              where lower(u.email) in (${addresses}))`,
      );
    }
  }
  const setupTokenIds = own.setupTokenIds ?? [];
  if (setupTokenIds.length > 0 && table === 'setup_token') {
    const ids = sql.join(setupTokenIds.map((id) => sql`${id}`));
    conditions.push(sql`(to_jsonb(t) ->> 'id') in (${ids})`);
  }
  return conditions.length === 0 ? sql`false` : sql`(${sql.join(conditions, sql` or `)})`;
}

/**
 * Runs `work` (a request) in a rollback scope and names the tables whose state it changed, by
 * {@link snapshotState}'s rules (`own` rows and `allowedToChange` left out). Only tables the
 * database's statistics show written to are compared, so a request that writes nothing, or only
 * what may change, costs two statistics queries instead of two snapshots of every table.
 * Afterwards the scope is as before `work`.
 */
export async function stateChangedBy<T>(
  scope: RollbackScope,
  work: () => Promise<T>,
  own: OwnRows = {},
): Promise<{ result: T; changed: string[] }> {
  const { result, before, after } = await scope.changesOf(
    work,
    (table) => allowedToChange[table] !== 'table',
    (db, tables) => snapshotTables(db, tables, own),
  );
  const changed = Object.keys({ ...before, ...after }).filter(
    (table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
  );
  return { result, changed: changed.sort() };
}
