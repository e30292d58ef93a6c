import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entries,
  runTool,
  scratchDir,
  stackTraceLine,
  startServerProcess,
  terminate,
} from '../fixtures/processes.ts';
import { migrate } from '../../src/cli/commands/migrate.ts';
import { runToolInProcess } from '../fixtures/tool-in-process.ts';

describe('[pglite] db:migrate', () => {
  let dataDir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await scratchDir());
  });
  afterAll(() => remove());

  it('creates and migrates the database in its own process when no server runs', async () => {
    const { code, stdout, stderr } = await runTool(entries.migrate, [], { DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^The database schema is up to date: \d+ migration\(s\) applied$/m);
    expect(await readdir(dataDir)).toEqual(['pgdata']);
  });

  it('asks the running server to migrate when one holds the data directory', async () => {
    const server = await startServerProcess(entries.serve, { DATA_DIR: dataDir });
    const { code, stdout, stderr } = await runToolInProcess(migrate, [], { DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`by the running server, PID ${server.pid}`);
    expect((await terminate(server)).code).toBe(0);
  });

  it('refuses arguments it does not know, without a stack trace', async () => {
    const { code, stderr } = await runToolInProcess(migrate, ['--down'], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toMatch(/--down/);
    expect(stderr).not.toMatch(stackTraceLine);
  });
});
