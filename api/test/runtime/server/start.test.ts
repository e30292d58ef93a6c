import { readdir } from 'node:fs/promises';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../src/app.ts';
import {
  ARGON2ID_PARAMETERS,
  passwordHashingOr,
  productionPasswordHashing,
} from '../../../src/security/credentials/passwords.ts';
import { loadConfig } from '../../../src/config.ts';
import { DataDirLockedError } from '../../../src/db/embedded/lock.ts';
import { startServer, type RunningServer } from '../../../src/runtime/server/start.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';

describe('[pglite] startServer in-process', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: RunningServer;
  let deps: AppDeps;
  const logger = pino({ level: 'silent' });

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await migratedDataDir());
    server = await startServer({
      config: loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }),
      logger,
      // The setup link this empty installation offers is first-run.test.ts's business.
      terminal: { write: () => true },
      extendApp(app, appDeps) {
        deps = appDeps;
        app.get('/api/test-extension', (c) => c.json({ extended: true }));
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await remove();
  });

  it('listens on a free port when PORT is 0 and serves routes added by extendApp', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/api/test-extension`)).json()).toEqual({
      extended: true,
    });
  });

  it('checks passwords with production Argon2id parameters', () => {
    expect(passwordHashingOr(deps.passwordHashing)).toBe(productionPasswordHashing);
    expect(productionPasswordHashing.parameters).toEqual(ARGON2ID_PARAMETERS);
  });

  it('refuses a second start on the same data directory, and frees it on close', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    await expect(startServer({ config, logger })).rejects.toBeInstanceOf(DataDirLockedError);
    await server.close();
    expect(await readdir(dataDir)).toEqual(['pgdata']);
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});
