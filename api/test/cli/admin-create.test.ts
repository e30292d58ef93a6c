import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openEmbeddedDatabase } from '../../src/db/embedded/open-embedded.ts';
import { createLogger } from '../../src/logger.ts';
import { openTestDatabase, postgresUrlOf, type TestDatabase } from '../harness/database.ts';
import { migratedDataDir } from '../fixtures/data-dir.ts';
import {
  apiDir,
  entries,
  runTool,
  stackTraceLine,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../fixtures/processes.ts';
import { adminCreate } from '../../src/cli/commands/admin-create.ts';
import { runToolInProcess } from '../fixtures/tool-in-process.ts';

const adminCreateEntry = path.join(apiDir, 'src/cli/admin-create.ts');
const origin = 'https://tenderwise.example';
const linkLine = new RegExp(`^${origin}/invitation/[a-z2-7]{32}$`, 'm');
const args = (email: string, ...more: string[]) => [
  '--email',
  email,
  '--name',
  'Erika Mustermann',
  '--organisation',
  'Stadt Musterhausen',
  ...more,
];

describe('[pglite] admin:create', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await migratedDataDir());
  });
  afterAll(() => remove());

  const env = () => ({ DATA_DIR: dataDir, PUBLIC_ORIGIN: origin });

  it('creates the first administrator without a server and prints the link once', async () => {
    const first = await runTool(adminCreateEntry, args('first@b.example'), env());
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('new authority "Stadt Musterhausen"');
    expect(first.stdout).toMatch(linkLine);

    const second = await runToolInProcess(adminCreate, args('second@b.example'), env());
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/An administrator exists already\. Use --additional/);
    expect(second.stderr).not.toMatch(stackTraceLine);

    const missing = await runToolInProcess(adminCreate, ['--email', 'x@b.example'], env());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Usage: npm run admin:create/);

    const handle = await openEmbeddedDatabase({
      dataDir,
      purpose: 'the admin:create test',
      logger: createLogger('silent'),
      migrate: false,
      create: false,
    });
    try {
      const users = await handle.db.selectFrom('app_user').select(['email', 'role']).execute();
      expect(users).toEqual([{ email: 'first@b.example', role: 'admin' }]);
      const audit = await handle.db
        .selectFrom('audit_entry')
        .select(['actor_type', 'actor_id', 'action', 'outcome'])
        .orderBy('seq')
        .execute();
      expect(audit.map((entry) => [entry.actor_type, entry.action, entry.outcome])).toEqual([
        ['system', 'auth.organisation.created', 'succeeded'],
        ['system', 'auth.user.created', 'succeeded'],
        ['system', 'auth.invitation.issued', 'succeeded'],
        ['system', 'auth.user.created', 'refused'],
      ]);
      const token = linkLine.exec(first.stdout)![0].split('/').at(-1)!;
      const canonical = await handle.db.selectFrom('audit_entry').select('canonical').execute();
      for (const row of canonical) expect(row.canonical).not.toContain(token);
    } finally {
      await handle.close();
    }
  });

  it('creates an additional administrator through the running server', async () => {
    server = await startServerProcess(entries.serve, env());
    const refused = await runToolInProcess(adminCreate, args('third@b.example'), env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/An administrator exists already/);
    expect(refused.stderr).not.toMatch(stackTraceLine);

    const additional = await runToolInProcess(
      adminCreate,
      args('third@b.example', '--additional'),
      env(),
    );
    expect(additional.code, additional.stderr).toBe(0);
    expect(additional.stdout).toContain(`by the running server, PID ${server.pid}`);
    expect(additional.stdout).toContain('in the authority "Stadt Musterhausen"');
    expect(additional.stdout).toMatch(linkLine);
    expect(server.stdout() + server.stderr()).not.toMatch(/invitation\/[a-z2-7]{32}/);
    expect((await terminate(server)).code).toBe(0);
  });
});

describe.runIf(inject('postgres'))('[postgres] admin:create with DATABASE_URL', () => {
  let handle: TestDatabase;
  let url: string;

  beforeAll(async () => {
    handle = await openTestDatabase('postgres');
    url = await postgresUrlOf(handle);
  });
  afterAll(() => handle.close());

  it('creates the first administrator and refuses a second', async () => {
    const env = { DATABASE_URL: url, PUBLIC_ORIGIN: origin };
    const first = await runToolInProcess(adminCreate, args('pg-first@b.example'), env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(linkLine);
    const second = await runToolInProcess(adminCreate, args('pg-second@b.example'), env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/An administrator exists already/);
    expect(second.stderr).not.toMatch(stackTraceLine);
    const admins = await handle.db
      .selectFrom('app_user')
      .select('email')
      .where('role', '=', 'admin')
      .execute();
    expect(admins).toEqual([{ email: 'pg-first@b.example' }]);
  });
});
