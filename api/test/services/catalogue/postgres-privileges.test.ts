import { randomBytes } from 'node:crypto';
import { readSeed } from '@tenderwise/seed';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCatalogue } from '../../../src/services/catalogue/load-catalogue.ts';
import { openPostgres, type DatabaseHandle } from '../../../src/db/open.ts';
import { openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { onServer, quoteIdentifier, withDatabase } from '../../harness/postgres-admin.ts';
import { seedOperator, testServiceContext } from '../../harness/service-context.ts';
import { dumpCatalogue } from './catalogue-dump.ts';

/**
 * The production setup the README describes ("Database roles"): migrations as the owner, the
 * server as a role with select, insert, update and delete on the tables and read-and-append on
 * the audit log. `npm run seed` runs in that server, so loading must work with exactly those
 * grants, the table lock included.
 */
describe.runIf(inject('postgres'))(
  '[postgres] loading the catalogue as the application role',
  () => {
    const role = `tw_catalogue_app_${randomBytes(4).toString('hex')}`;
    let owner: TestDatabase;
    let app: DatabaseHandle;

    beforeAll(async () => {
      const server = inject('postgres')!;
      owner = await openTestDatabase('postgres');
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        owner.db,
      );
      const database = rows[0]!.name;
      await onServer(server.url, `create role ${quoteIdentifier(role)} login`);
      const r = sql.id(role);
      for (const statement of [
        sql`grant connect on database ${sql.id(database)} to ${r}`,
        sql`grant usage on schema public to ${r}`,
        sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
        sql`grant usage, select on all sequences in schema public to ${r}`,
        sql`revoke insert, update, delete on kysely_migration, kysely_migration_lock from ${r}`,
        sql`revoke update, delete, truncate on audit_entry from ${r}`,
        sql`revoke insert, delete, truncate on audit_chain_head from ${r}`,
      ]) {
        await statement.execute(owner.db);
      }
      const url = new URL(withDatabase(server.url, database));
      url.username = role;
      app = await openPostgres(url.toString(), { poolSize: 2 });
    });

    afterAll(async () => {
      await app?.close();
      await owner?.close();
      await onServer(inject('postgres')!.url, `drop role if exists ${quoteIdentifier(role)}`);
    });

    it('loads, reloads without change, and cannot drop the catalogue tables', async () => {
      const ctx = testServiceContext(app.db, { principal: seedOperator });
      const bundle = await readSeed();
      expect((await loadCatalogue({ ctx, input: bundle })).changed).toBe(true);
      const before = await dumpCatalogue(owner.db);
      expect((await loadCatalogue({ ctx, input: bundle })).changed).toBe(false);
      expect(await dumpCatalogue(owner.db)).toEqual(before);
      await expect(sql`drop table catalogue_entry`.execute(app.db)).rejects.toThrow(
        /must be owner/,
      );
    });
  },
);
