import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendAuditEntry } from '../../../src/security/audit/append.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { fixedClock } from '../../../src/clock.ts';
import { migrateToLatest } from '../../../src/db/migrator.ts';
import { openPostgres, type DatabaseHandle } from '../../../src/db/open.ts';
import { openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { onServer, quoteIdentifier, withDatabase } from '../../harness/postgres-admin.ts';

/**
 * The production setup the README describes: migrations run as the owner, the server as a role
 * that owns nothing and may only read and append to the audit log. Privileges refuse tampering
 * before any trigger runs.
 */
describe.runIf(inject('postgres'))('[postgres] audit log as a restricted application role', () => {
  const role = `tw_audit_app_${randomBytes(4).toString('hex')}`;
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
      sql`grant select on kysely_migration, kysely_migration_lock to ${r}`,
      sql`grant select, insert on audit_entry to ${r}`,
      sql`grant select, update on audit_chain_head to ${r}`,
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

  it('appends and verifies, and starts up with nothing to migrate', async () => {
    expect(await migrateToLatest(app.db)).toEqual([]);
    const clock = fixedClock();
    for (let i = 0; i < 3; i++) {
      await appendAuditEntry(app.db, clock, {
        actor: { type: 'user', id: `u-${i}` },
        action: 'auth.login.succeeded',
        object: null,
        outcome: 'succeeded',
        requestId: `req-${i}`,
      });
    }
    expect(await verifyAuditChain(app.db)).toMatchObject({ intact: true, head: { seq: 3 } });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by privileges, also with triggers off', async () => {
    const denied = /permission denied|must be owner/;
    for (const statement of [
      sql`update audit_entry set action = 'x.y' where seq = 1`,
      sql`delete from audit_entry where seq = 3`,
      sql`truncate audit_entry`,
      sql`delete from audit_chain_head`,
      sql`truncate audit_chain_head`,
      sql`alter table audit_entry disable trigger user`,
      sql`drop table audit_entry`,
      sql`set session_replication_role = replica`,
    ]) {
      await expect(statement.execute(app.db), statement.compile(app.db).sql).rejects.toThrow(
        denied,
      );
    }
    expect(await verifyAuditChain(app.db)).toMatchObject({ intact: true, head: { seq: 3 } });
  });
});
