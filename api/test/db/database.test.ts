import { readdir } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseClock } from '../../src/clock.ts';
import {
  migrateDown,
  migrateToLatest,
  migrationNamePattern,
  migrationStatus,
} from '../../src/db/migrator.ts';
import { withTransaction } from '../../src/db/transaction.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';

describe('migration files', () => {
  it('are named by a sortable UTC timestamp and an imperative name', async () => {
    const files = await readdir(new URL('../../src/db/migrations', import.meta.url));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.replace(/\.ts$/, '')).toMatch(migrationNamePattern);
    }
  });
});

describeDatabase('database', (backend) => {
  let handle: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    db = handle.db;
    await db.schema
      .createTable('probe')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('big', 'int8')
      .addColumn('amount', 'numeric')
      .addColumn('day', 'date')
      .addColumn('at', 'timestamptz')
      .addColumn('doc', 'jsonb')
      .execute();
  });

  afterAll(() => handle.close());

  it('starts with every migration applied', async () => {
    const status = await migrationStatus(db);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
  });

  it('migrates down and up again', async () => {
    const { applied } = await migrationStatus(db);
    const all = [...applied];
    for (let i = 0; i < all.length; i++) await migrateDown(db);
    expect((await migrationStatus(db)).applied).toEqual([]);
    expect(await migrateToLatest(db)).toEqual(all);
    const rows = await db.selectFrom('instance').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('parses values to the same JavaScript types', async () => {
    await db
      .insertInto('probe')
      .values({
        id: 1,
        big: '9007199254740991',
        amount: '1234567.89',
        day: '2026-03-29',
        at: new Date('2026-03-29T01:30:00.123Z'),
        doc: JSON.stringify({ b: 1, a: [1, 2] }),
      })
      .execute();
    const row = await db
      .selectFrom('probe')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: 1,
      big: 9007199254740991,
      amount: '1234567.89',
      day: '2026-03-29',
      at: new Date('2026-03-29T01:30:00.123Z'),
      doc: { a: [1, 2], b: 1 },
    });
    const { count } = await db
      .selectFrom('probe')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(1);
  });

  it('refuses an int8 that a JavaScript number cannot hold exactly', async () => {
    await expect(sql`select 9007199254740993::int8 as v`.execute(db)).rejects.toThrow(
      /does not fit/,
    );
  });

  it('keeps an autocommit write when a concurrent transaction rolls back', async () => {
    let insideTransaction!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (insideTransaction = resolve));
    const rollback = withTransaction(db, async (trx) => {
      await trx.insertInto('probe').values({ id: 10 }).execute();
      insideTransaction();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('abandon');
    });
    await transactionOpen;
    // Issued while the other transaction is open: it must wait for it, not join it.
    const autocommit = db.insertInto('probe').values({ id: 11 }).execute();
    await expect(rollback).rejects.toThrow('abandon');
    await autocommit;
    const ids = await db.selectFrom('probe').select('id').where('id', 'in', [10, 11]).execute();
    expect(ids.map((r) => r.id)).toEqual([11]);
  });

  it('reuses the caller transaction, so an inner failure undoes the outer work', async () => {
    await expect(
      withTransaction(db, async (outer) => {
        await outer.insertInto('probe').values({ id: 20 }).execute();
        await withTransaction(outer, async (inner) => {
          expect(inner).toBe(outer);
          await inner.insertInto('probe').values({ id: 21 }).execute();
          throw new Error('inner failed');
        });
      }),
    ).rejects.toThrow('inner failed');
    const rows = await db.selectFrom('probe').select('id').where('id', 'in', [20, 21]).execute();
    expect(rows).toEqual([]);
  });

  it('reads the database clock, also inside a transaction', async () => {
    const clock = databaseClock(db);
    const before = Date.now();
    const outside = await clock.now();
    const inside = await withTransaction(db, async (trx) => {
      const first = await clock.now(trx);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [first, await clock.now(trx)] as const;
    });
    expect(outside).toBeInstanceOf(Date);
    expect(Math.abs(outside.getTime() - before)).toBeLessThan(5_000);
    // clock_timestamp() moves within a transaction, unlike now().
    expect(inside[1].getTime()).toBeGreaterThan(inside[0].getTime());
  });

  it('counts the statements an operation issues', async () => {
    const { count, sql: statements } = await handle.statements.measure(async () => {
      await db.selectFrom('instance').selectAll().execute();
      await db.selectFrom('probe').selectAll().execute();
    });
    expect(count).toBe(2);
    expect(statements[0]).toContain('"instance"');
  });
});
