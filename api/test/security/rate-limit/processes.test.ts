import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { userWithPassword } from '../../routes/account/app.ts';
import {
  entries,
  scratchDir,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';
import { openTestDatabase, postgresUrlOf, type TestDatabase } from '../../harness/database.ts';
import { tally } from './app.ts';

/**
 * The limits hold across processes: two real servers on one PostgreSQL database (the embedded
 * database allows one process only), each with the database clock, answering alternately.
 */
describe.runIf(inject('postgres'))('[postgres] rate limits across server processes', () => {
  let database: TestDatabase;
  let remove: () => Promise<void>;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    const scratch = await scratchDir();
    remove = scratch.remove;
    const env = { DATABASE_URL: await postgresUrlOf(database), DATA_DIR: scratch.dir };
    servers.push(
      ...(await Promise.all([
        startServerProcess(entries.serve, env),
        startServerProcess(entries.serve, env),
      ])),
    );
  });
  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) await terminate(server);
    await database?.close();
    await remove?.();
  });

  it('shares one login limit between two servers: at most 5 attempts in total', async () => {
    const victim = await userWithPassword(database.db, 'reviewer', 'the right one, long enough');
    const byServer = servers.map(() => [] as number[]);
    for (let i = 0; i < 40; i++) {
      const server = i % 2;
      const response = await fetch(`${servers[server]!.url}/api/v1/account/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: victim.email, password: `guess ${i}` }),
      });
      byServer[server]!.push(response.status);
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(tally(byServer.flat())).toEqual({ 401: 5, 429: 35 });
    // Each server refused attempts the other one counted.
    for (const statuses of byServer) expect(statuses).toContain(429);

    // Concurrent attempts through both servers at once are counted exactly as well.
    const other = await userWithPassword(database.db, 'reviewer', 'another right one, long');
    const concurrent = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        fetch(`${servers[i % 2]!.url}/api/v1/account/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: other.email, password: `guess ${i}` }),
        }).then((response) => response.status),
      ),
    );
    expect(tally(concurrent)).toEqual({ 401: 5, 429: 25 });
  });
});
