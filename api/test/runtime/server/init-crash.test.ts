import { readdir } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusResult } from '../../../src/runtime/operator-socket/commands/status.ts';
import { runAdminCommand } from '../../../src/runtime/operator-socket/run-admin-command.ts';
import { loadConfig } from '../../../src/config.ts';
import {
  childEnv,
  entries,
  scratchDir,
  seededRandom,
  spawnNode,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';

describe('[pglite] embedded server killed during its first initialisation', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess | undefined;
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await scratchDir());
  });
  afterAll(() => remove());

  it('starts on the next attempt with a complete, migrated schema', async () => {
    process.stdout.write(`init crash test seed: ${seed} (replay with CRASH_SEED=${seed})\n`);
    const first = spawnNode(entries.serve, [], childEnv({ DATA_DIR: dataDir, PORT: '0' }));
    // The server says when it begins; PGlite then takes seconds to create the database.
    await first.line(/"msg":"initialising a new embedded database"/);
    // A seeded random instant within the initialisation: the crash this test is about.
    await new Promise((resolve) => setTimeout(resolve, seededRandom(seed)() * 500));
    first.child.kill('SIGKILL');
    await first.exited;
    // Killed before the new database was complete: nothing may pass for an initialised one.
    expect(await readdir(dataDir)).not.toContain('pgdata');

    server = await startServerProcess(entries.serve, { DATA_DIR: dataDir });
    expect((await readdir(dataDir)).filter((e) => e.startsWith('pgdata.'))).toEqual([]);

    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const { result, ranBy } = await runAdminCommand<StatusResult>(
      config,
      'status',
      {},
      {
        logger: pino({ level: 'silent' }),
      },
    );
    expect(ranBy).toEqual({ via: 'server', pid: server.pid });
    expect(result.migrations.pending).toEqual([]);
    expect(result.migrations.applied.length).toBeGreaterThan(0);
    expect(result.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await terminate(server)).code).toBe(0);
  });
});
