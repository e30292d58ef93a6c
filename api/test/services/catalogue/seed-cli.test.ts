import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openEmbeddedDatabase } from '../../../src/db/embedded/open-embedded.ts';
import { createLogger } from '../../../src/logger.ts';
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
import { openTestDatabase, postgresUrlOf, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { dumpCatalogue } from './catalogue-dump.ts';
import { seed } from '../../../src/cli/commands/seed.ts';
import { runToolInProcess } from '../../fixtures/tool-in-process.ts';

const seedEntry = path.join(apiDir, 'src/cli/seed.ts');
const loadedLine = /^Catalogue loaded.*digest [0-9a-f]{64}:$/m;
const unchangedLine =
  /^Catalogue unchanged.*: \d+ entries, 3 templates, \d+ rules, digest [0-9a-f]{64}$/m;
const verifiedLine = /^Verified against their sources: \d+ of \d+ entries verified \(\d+\.\d %\)$/m;

describe('[pglite] npm run seed', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess | undefined;

  const dump = async () => {
    const handle = await openEmbeddedDatabase({
      dataDir,
      purpose: 'the seed test',
      logger: createLogger('silent'),
      migrate: false,
      create: false,
    });
    try {
      return await dumpCatalogue(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await migratedDataDir());
    const handle = await openEmbeddedDatabase({
      dataDir,
      purpose: 'the seed test',
      logger: createLogger('silent'),
      migrate: false,
      create: false,
    });
    try {
      // With an administrator, a server start writes nothing: on an installation without one it
      // would record the setup link it offers (ADR 0022), which is not the seed's doing.
      await seedUser(handle.db, 'admin');
    } finally {
      await handle.close();
    }
  });
  afterAll(() => remove());

  it('loads the catalogue, and a second run leaves the database exactly as it was', async () => {
    const first = await runTool(seedEntry, [], { DATA_DIR: dataDir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(loadedLine);
    expect(first.stdout).toMatch(/^ {2}templates 3 added, 0 changed, 0 removed, 0 unchanged$/m);
    expect(first.stdout).toMatch(verifiedLine);
    const afterFirst = await dump();

    const second = await runToolInProcess(seed, [], { DATA_DIR: dataDir });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(unchangedLine);
    expect(await dump()).toEqual(afterFirst);
  }, 240_000);

  it('runs through the running server, still changing nothing', async () => {
    const before = await dump();
    server = await startServerProcess(entries.serve, { DATA_DIR: dataDir });
    const result = await runToolInProcess(seed, [], { DATA_DIR: dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `Catalogue unchanged (by the running server, PID ${server.pid})`,
    );
    expect((await terminate(server)).code).toBe(0);
    expect(await dump()).toEqual(before);
  }, 240_000);

  it('refuses arguments it does not know, without a stack trace', async () => {
    const result = await runToolInProcess(seed, ['--frobnicate'], { DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(stackTraceLine);
  });

  it('loads the demo with --demo and prints where its credentials are, never one', async () => {
    const result = await runToolInProcess(seed, ['--demo'], { DATA_DIR: dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Catalogue unchanged/m);
    expect(result.stdout).toMatch(/^Demo data loaded:$/m);
    expect(result.stdout).toMatch(/^ {2}accounts: 7 organisations added, 0 there already; /m);
    const file = path.join(dataDir, 'demo-sign-in.txt');
    expect(result.stdout).toContain(`Sign-in credentials of 16 new demo users: ${file}`);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const passwords = [...(await readFile(file, 'utf8')).matchAll(/password:\s+(\S+)$/gm)];
    expect(passwords).toHaveLength(16);
    for (const [, password] of passwords) {
      expect(result.stdout + result.stderr).not.toContain(password);
    }
  }, 240_000);
});

describe.runIf(inject('postgres'))('[postgres] npm run seed with DATABASE_URL', () => {
  let handle: TestDatabase;
  let url: string;

  beforeAll(async () => {
    handle = await openTestDatabase('postgres');
    url = await postgresUrlOf(handle);
  });
  afterAll(() => handle.close());

  it('loads the catalogue, and a second run leaves the database exactly as it was', async () => {
    const first = await runToolInProcess(seed, [], { DATABASE_URL: url });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(loadedLine);
    const afterFirst = await dumpCatalogue(handle.db);
    expect(afterFirst.entries.length).toBeGreaterThan(100);

    const second = await runToolInProcess(seed, [], { DATABASE_URL: url });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(unchangedLine);
    expect(await dumpCatalogue(handle.db)).toEqual(afterFirst);
  }, 240_000);
});
