import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendAuditEntry } from '../../../src/security/audit/append.ts';
import { databaseClock } from '../../../src/clock.ts';
import { openEmbeddedDatabase } from '../../../src/db/embedded/open-embedded.ts';
import type { DB } from '../../../src/db/types.ts';
import { seededRandom } from '../../../src/engine/random/prng.ts';
import { createLogger } from '../../../src/logger.ts';
import { openTestDatabase, postgresUrlOf, type TestDatabase } from '../../harness/database.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  apiDir,
  entries,
  runTool,
  stackTraceLine,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { sampleEntry } from './helpers.ts';
import { auditVerify } from '../../../src/cli/commands/audit-verify.ts';
import { runToolInProcess } from '../../fixtures/tool-in-process.ts';

const auditVerifyEntry = path.join(apiDir, 'src/cli/audit-verify.ts');
const intactLine =
  /^Audit chain intact(?: \(by the running server, PID \d+\))?: (\d+) entries, head (\d+:[0-9a-f]{64})\n$/;

async function appendSome(db: Kysely<DB>, count: number, seed: number): Promise<void> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    await appendAuditEntry(db, databaseClock(db), sampleEntry(random, `cli-${i}`));
  }
}

/** Commits a change with every trigger off, as only a superuser can. */
async function tamper(db: Kysely<DB>, change: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await sql.raw(change).execute(trx);
  });
}

const flipCanonicalByte = `update audit_entry
  set canonical = overlay(canonical placing 'X' from 3 for 1) where seq = 3`;

describe('[pglite] audit:verify', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess | undefined;
  let noted: string;

  const inProcess = async (work: (db: Kysely<DB>) => Promise<void>) => {
    const handle = await openEmbeddedDatabase({
      dataDir,
      purpose: 'the audit:verify test',
      logger: createLogger('silent'),
      migrate: false,
      create: false,
    });
    try {
      await work(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await migratedDataDir());
    await inProcess(async (db) => {
      // With an administrator, a server start writes nothing: on an installation without one it
      // would record the setup link it offers (ADR 0022), and the chain would grow under the test.
      await seedUser(db, 'admin');
      await appendSome(db, 5, 1);
    });
  });
  afterAll(() => remove());

  it('reports an intact chain and its head in its own process when no server runs', async () => {
    const { code, stdout, stderr } = await runTool(auditVerifyEntry, [], { DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    const match = intactLine.exec(stdout);
    expect(match, stdout).not.toBeNull();
    expect(match![1]).toBe('5');
    noted = match![2]!;
    expect(noted).toMatch(/^5:/);
  });

  it('asks the running server, and checks a given head', async () => {
    server = await startServerProcess(entries.serve, { DATA_DIR: dataDir });
    const plain = await runToolInProcess(auditVerify, [], { DATA_DIR: dataDir });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain(`by the running server, PID ${server.pid}`);
    expect(plain.stdout).toContain(`head ${noted}`);

    const withHead = await runToolInProcess(auditVerify, ['--head', noted], { DATA_DIR: dataDir });
    expect(withHead.code, withHead.stderr).toBe(0);

    const badHead = await runToolInProcess(auditVerify, ['--head', 'yesterday'], {
      DATA_DIR: dataDir,
    });
    expect(badHead.code).toBe(1);
    expect(badHead.stderr).toMatch(/--head must be/);
    expect(badHead.stderr).not.toMatch(stackTraceLine);
    expect((await terminate(server)).code).toBe(0);
  });

  it('detects a removed tail only with the head noted before', async () => {
    await inProcess(async (db) => {
      const fourth = await db
        .selectFrom('audit_entry')
        .select('hash')
        .where('seq', '=', 4)
        .executeTakeFirstOrThrow();
      await tamper(db, 'delete from audit_entry where seq = 5');
      await tamper(db, `update audit_chain_head set last_seq = 4, last_hash = '${fourth.hash}'`);
    });
    const without = await runToolInProcess(auditVerify, [], { DATA_DIR: dataDir });
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).toMatch(/intact: 4 entries/);

    const withHead = await runToolInProcess(auditVerify, ['--head', noted], { DATA_DIR: dataDir });
    expect(withHead.code).toBe(1);
    expect(withHead.stdout).toMatch(/^Audit chain BROKEN at entry 5: entry 5 is missing.*\n$/);
    expect(withHead.stderr).not.toMatch(stackTraceLine);
  });

  it('reports the first changed entry with exit code 1, with and without a server', async () => {
    await inProcess((db) => tamper(db, flipCanonicalByte));
    const alone = await runToolInProcess(auditVerify, [], { DATA_DIR: dataDir });
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(
      /^Audit chain BROKEN at entry 3: its stored hash does not match its canonical document; last intact entry 2:[0-9a-f]{64}, chain-head row 4:[0-9a-f]{64}\n$/,
    );
    expect(alone.stderr).not.toMatch(stackTraceLine);

    server = await startServerProcess(entries.serve, { DATA_DIR: dataDir });
    const viaServer = await runToolInProcess(auditVerify, [], { DATA_DIR: dataDir });
    expect(viaServer.code).toBe(1);
    expect(viaServer.stdout).toMatch(
      new RegExp(`^Audit chain BROKEN at entry 3 \\(by the running server, PID ${server.pid}\\)`),
    );
    expect(viaServer.stderr).not.toMatch(stackTraceLine);
    expect((await terminate(server)).code).toBe(0);
  });
});

describe.runIf(inject('postgres'))('[postgres] audit:verify with DATABASE_URL', () => {
  let handle: TestDatabase;
  let url: string;

  beforeAll(async () => {
    handle = await openTestDatabase('postgres');
    url = await postgresUrlOf(handle);
    await appendSome(handle.db, 4, 2);
  });
  afterAll(() => handle.close());

  it('reports intact, then the changed entry', async () => {
    const intact = await runToolInProcess(auditVerify, [], { DATABASE_URL: url });
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(intactLine);
    expect(intact.stdout).toContain('4 entries');

    await tamper(handle.db, flipCanonicalByte);
    const broken = await runToolInProcess(auditVerify, [], { DATABASE_URL: url });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^Audit chain BROKEN at entry 3: /);
    expect(broken.stderr).not.toMatch(stackTraceLine);
  });
});
