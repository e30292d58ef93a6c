import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { appendAuditEntry } from '../../src/security/audit/append.ts';
import { verifyAuditChain } from '../../src/security/audit/verify.ts';
import { seedUser } from '../services/accounts/fixtures.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';

// Every database test starts from the template's state; with reused embedded databases that
// rests on these properties.
describe('[pglite] an embedded test database taken again', () => {
  const at = new Date('2026-01-01T00:00:00Z');

  async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
    const { rows } = await sql<{ name: string }>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' order by c.relname`.execute(database.db);
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      const { rows: counted } = await sql<{ n: number }>`
        select count(*)::int as n from ${sql.table(name)}`.execute(database.db);
      counts[name] = counted[0]!.n;
    }
    return counts;
  }

  async function templateRows(database: TestDatabase) {
    return {
      instance: await database.db.selectFrom('instance').selectAll().execute(),
      head: await database.db.selectFrom('audit_chain_head').selectAll().execute(),
      migrations: (await sql`select * from kysely_migration order by name`.execute(database.db))
        .rows,
    };
  }

  it('holds only the template’s rows again, the append-only audit log emptied too', async () => {
    const first = await openTestDatabase('pglite');
    const pristineCounts = await rowCounts(first);
    const pristineRows = await templateRows(first);
    await seedUser(first.db, 'officer');
    await appendAuditEntry(first.db, fixedClock(at.toISOString()), {
      actor: { type: 'system', id: 'pool-test' },
      action: 'auth.sessions.ended',
      object: null,
      outcome: 'succeeded',
      requestId: null,
    });
    await sql`update instance set created_at = ${at}`.execute(first.db);
    expect(await rowCounts(first)).not.toEqual(pristineCounts);
    const used = first.pglite;
    await first.close();

    const second = await openTestDatabase('pglite');
    try {
      // The same instance, so the check below is about a reset and not about a new database.
      expect(second.pglite).toBe(used);
      expect(await rowCounts(second)).toEqual(pristineCounts);
      expect(await templateRows(second)).toEqual(pristineRows);
      expect((await verifyAuditChain(second.db)).intact).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('ends a transaction left open and forgets the session’s settings', async () => {
    const first = await openTestDatabase('pglite');
    await first.pglite!.exec(`begin; set local statement_timeout = 1; set work_mem = '7MB'`);
    await first.pglite!.exec(`insert into instance_probe_missing_table values (1)`).catch(() => {});
    await first.close();

    const second = await openTestDatabase('pglite');
    try {
      const { rows } = await sql<{ work_mem: string; zone: string }>`
        select current_setting('work_mem') as work_mem, current_setting('TimeZone') as zone`.execute(
        second.db,
      );
      expect(rows[0]!.work_mem).not.toBe('7MB');
      expect(rows[0]!.zone).toBe('UTC');
      await sql`select 1`.execute(second.db);
    } finally {
      await second.close();
    }
  });

  it('is not taken again once its schema changed, nor once it was closed outright; closing twice keeps it', async () => {
    const changed = await openTestDatabase('pglite');
    await sql`create table left_behind (id int)`.execute(changed.db);
    await changed.close();
    const afterChange = await openTestDatabase('pglite');
    try {
      expect(afterChange.pglite).not.toBe(changed.pglite);
      const { rows } = await sql<{ found: string | null }>`
        select to_regclass('left_behind')::text as found`.execute(afterChange.db);
      expect(rows[0]!.found).toBeNull();
    } finally {
      await afterChange.close();
    }

    const twice = await openTestDatabase('pglite');
    await twice.close();
    await twice.close();
    const afterTwice = await openTestDatabase('pglite');
    try {
      expect(afterTwice.pglite).toBe(twice.pglite);
      expect(afterTwice.pglite!.closed).toBe(false);
    } finally {
      await afterTwice.close();
    }

    const closed = await openTestDatabase('pglite');
    await closed.pglite!.close();
    await closed.close();
    const afterClose = await openTestDatabase('pglite');
    try {
      expect(afterClose.pglite).not.toBe(closed.pglite);
      expect(afterClose.pglite!.closed).toBe(false);
    } finally {
      await afterClose.close();
    }
  });
});
