import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withTransaction } from '../../src/db/transaction.ts';
import { insertOrganisation } from '../../src/db/repositories/organisations.ts';
import { stateChangedBy } from '../security/access/state-snapshot.ts';
import { seedOrganisation, seedUser } from '../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from './database.ts';
import { withRollback } from './rollback.ts';

// The matrix's isolation and its "changes nothing" checks rest on these properties.
describeDatabase('a rollback scope', (backend) => {
  let database: TestDatabase;
  const at = new Date('2026-01-01T00:00:00Z');
  const countOrganisations = async () =>
    Number(
      (
        await database.db
          .selectFrom('organisation')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('undoes everything, committed transactions of the code under test included', async () => {
    const before = await countOrganisations();
    await withRollback(database.db, async ({ db }) => {
      expect(db.isTransaction).toBe(false);
      await seedOrganisation(db, 'authority');
      await withTransaction(db, (trx) =>
        insertOrganisation(trx, { kind: 'vendor', name: `v ${randomUUID()}`, createdAt: at }),
      );
      const inside = Number(
        (
          await db
            .selectFrom('organisation')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(inside).toBe(before + 2);
    });
    expect(await countOrganisations()).toBe(before);
  });

  it('rolls back a transaction that fails, and keeps what came before it', async () => {
    await withRollback(database.db, async ({ db }) => {
      const kept = await seedOrganisation(db, 'authority');
      await expect(
        withTransaction(db, async (trx) => {
          await insertOrganisation(trx, { kind: 'vendor', name: 'rolled back', createdAt: at });
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      const names = (await db.selectFrom('organisation').select('name').execute()).map(
        (o) => o.name,
      );
      expect(names).toContain(kept.name);
      expect(names).not.toContain('rolled back');
    });
  });

  it('lets a failing statement outside a transaction undo only itself, as autocommit would', async () => {
    await withRollback(database.db, async ({ db }) => {
      const kept = await seedOrganisation(db, 'authority');
      await expect(sql`select 1 / 0`.execute(db)).rejects.toThrow();
      // The scope's transaction is not aborted: later statements run and see earlier ones.
      const found = await db
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', kept.id)
        .execute();
      expect(found).toHaveLength(1);
    });
  });

  it('undoes one piece of work and keeps what the scope made before it, also when it fails', async () => {
    const committed = await countOrganisations();
    await withRollback(database.db, async (scope) => {
      const shared = await seedOrganisation(scope.db, 'authority');
      const namesNow = async () =>
        (await scope.db.selectFrom('organisation').select('name').execute()).map((o) => o.name);
      const made = await scope.undone(async () => {
        await withTransaction(scope.db, (trx) =>
          insertOrganisation(trx, { kind: 'vendor', name: 'undone', createdAt: at }),
        );
        await scope.db
          .updateTable('organisation')
          .set({ name: 'renamed' })
          .where('id', '=', shared.id)
          .execute();
        return namesNow();
      });
      expect(made).toEqual(expect.arrayContaining(['undone', 'renamed']));
      await expect(
        scope.undone(async () => {
          await seedOrganisation(scope.db, 'vendor');
          await scope.undone(() => seedOrganisation(scope.db, 'vendor'));
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      const names = await namesNow();
      expect(names).toContain(shared.name);
      expect(names).not.toContain('undone');
      expect(names).not.toContain('renamed');
      expect(names).toHaveLength(committed + 1);
    });
  });

  it('names the tables a request changed, and ignores what may change', async () => {
    await withRollback(database.db, async (scope) => {
      const organisation = await seedOrganisation(scope.db, 'authority');
      const nothing = await stateChangedBy(scope, async () => {
        await scope.db.selectFrom('organisation').selectAll().execute();
        await sql`insert into rate_limit (limit_name, key_hash, refilled_at)
                  values ('test', ${randomBytes(32).toString('hex')}, now())`.execute(scope.db);
      });
      expect(nothing.changed).toEqual([]);

      const inserted = await stateChangedBy(scope, () => seedOrganisation(scope.db, 'vendor'));
      expect(inserted.changed).toEqual(['organisation']);

      const renamed = await stateChangedBy(scope, () =>
        scope.db
          .updateTable('organisation')
          .set({ name: 'renamed' })
          .where('id', '=', organisation.id)
          .execute(),
      );
      expect(renamed.changed).toEqual(['organisation']);

      // Written and put back: the rows are what they were, so nothing changed.
      const restored = await stateChangedBy(scope, async () => {
        await scope.db
          .updateTable('organisation')
          .set({ name: 'renamed' })
          .where('id', '=', organisation.id)
          .execute();
        await scope.db
          .updateTable('organisation')
          .set({ name: organisation.name })
          .where('id', '=', organisation.id)
          .execute();
      });
      expect(restored.changed).toEqual([]);

      // Rows a cell made for itself are left out.
      const user = await seedUser(scope.db, 'reviewer');
      const rename = () =>
        scope.db
          .updateTable('app_user')
          .set({ display_name: 'renamed' })
          .where('id', '=', user.id)
          .execute();
      expect((await stateChangedBy(scope, rename)).changed).toEqual(['app_user']);
      expect((await stateChangedBy(scope, rename, { userIds: [user.id] })).changed).toEqual([]);

      // Afterwards the scope is as before the request.
      const names = await scope.db
        .selectFrom('organisation')
        .select('name')
        .where('id', '=', organisation.id)
        .execute();
      expect(names).toEqual([{ name: organisation.name }]);
    });
  });
});
