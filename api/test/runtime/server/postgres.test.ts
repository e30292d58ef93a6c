import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onServer, quoteIdentifier, withDatabase } from '../../harness/postgres-admin.ts';
import {
  entries,
  scratchDir,
  startServerProcess,
  stop,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';

const postgres = inject('postgres');

describe.skipIf(!postgres)('[postgres] server on PostgreSQL', () => {
  const name = `${postgres?.runId}_server_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string;
  let dataDir: string;
  let remove: () => Promise<void>;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    await onServer(postgres!.url, `create database ${quoteIdentifier(name)}`);
    databaseUrl = withDatabase(postgres!.url, name);
    ({ dir: dataDir, remove } = await scratchDir());
  });
  afterAll(async () => {
    await Promise.all(servers.map(stop));
    await onServer(postgres!.url, `drop database if exists ${quoteIdentifier(name)} with (force)`);
    await remove();
  });

  it('starts two servers on one new database, which migrate it once', async () => {
    // Info level, to see which server applied the migrations.
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    servers.push(
      ...(await Promise.all([
        startServerProcess(entries.serve, env),
        startServerProcess(entries.serve, env),
      ])),
    );
    for (const server of servers) {
      const response = await fetch(`${server.url}/api/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ database: { backend: 'postgres' } });
    }
    const migrated = servers.filter((server) =>
      server.stdout().includes('"msg":"migrations applied"'),
    );
    expect(migrated).toHaveLength(1);
    for (const server of servers) expect((await terminate(server)).code).toBe(0);
  });
});
