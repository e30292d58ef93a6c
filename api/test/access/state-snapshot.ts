import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/types.ts';

/**
 * What may change when a caller without the right to change anything calls an unsafe operation:
 * the audit log (refusals are recorded), a session's last-seen time and sliding expiry, an API
 * key's last use. Rate counters belong here too once they exist in the database.
 */
export const allowedToChange: Readonly<Record<string, 'table' | readonly string[]>> = {
  audit_entry: 'table',
  audit_chain_head: 'table',
  user_session: ['last_seen_at', 'idle_expires_at'],
  api_key: ['last_used_at'],
};

/** Per table of the public schema: its row count and a hash of its rows in canonical order. */
export type Snapshot = Record<string, { rows: number; hash: string }>;

/**
 * Snapshots every table the migrations created, so a new table is covered without touching this
 * file. Each row is rendered as jsonb text (columns that may change removed) and the sorted rows
 * hashed; works the same on PGlite and PostgreSQL.
 */
export async function snapshotState(db: Kysely<DB>): Promise<Snapshot> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
    order by table_name`.execute(db);
  const snapshot: Snapshot = {};
  for (const { name } of tables) {
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
      from (select (${rowText})::text as row_text from ${sql.table(name)} as t) as r`.execute(db);
    const row = rows[0]!;
    snapshot[name] = { rows: Number(row.rows), hash: row.hash ?? '' };
  }
  return snapshot;
}
