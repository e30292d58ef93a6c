import { HealthResponse } from '@tenderwise/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { createApp } from '../../src/app.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';
import { captureLogs, testDeps } from './test-app.ts';

async function getHealth(app: ReturnType<typeof createApp>) {
  const response = await app.request('/api/health');
  return { response, body: HealthResponse.parse(await response.json()) };
}

describeDatabase('GET /api/health', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('answers 200 ok with the backend, version and applied migrations', async () => {
    const app = createApp(testDeps({ db: database.db, backend }));
    const { response, body } = await getHealth(app);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.status).toBe('ok');
    expect(body.version).toBe(packageJson.version);
    expect(body.database).toMatchObject({ backend, reachable: true });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.migrations?.pending).toEqual([]);
    expect(body.migrations?.applied.length).toBeGreaterThan(0);
    expect(body.migrations?.upToDate).toBe(true);
  });

  it('answers 503 degraded while a migration is pending', async () => {
    const app = createApp(testDeps({ db: database.db, backend }));
    const { rows } = await sql<{ name: string }>`
      delete from kysely_migration
      where name = (select max(name) from kysely_migration)
      returning name`.execute(database.db);
    try {
      const { response, body } = await getHealth(app);
      expect(response.status).toBe(503);
      expect(body.status).toBe('degraded');
      expect(body.database.reachable).toBe(true);
      expect(body.migrations).toMatchObject({ pending: [rows[0]?.name], upToDate: false });
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${rows[0]?.name}, ${new Date().toISOString()})`.execute(
        database.db,
      );
    }
  });
});

describe('GET /api/health without a database', () => {
  it('answers 503 degraded and logs why, without leaking the error', async () => {
    const logs = captureLogs();
    const app = createApp(testDeps({ logger: logs.logger, backend: 'postgres' }));
    const { response, body } = await getHealth(app);
    expect(response.status).toBe(503);
    expect(body).toEqual({
      status: 'degraded',
      version: packageJson.version,
      database: { backend: 'postgres', reachable: false, latencyMs: null },
      migrations: null,
    });
    expect(JSON.stringify(body)).not.toContain('ECONNREFUSED');
    const warning = logs.events().find((event) => event.level === 40);
    expect(JSON.stringify(warning)).toContain('ECONNREFUSED');
    expect(warning?.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('derives the backend from the configuration when not told', async () => {
    const app = createApp(testDeps());
    expect((await getHealth(app)).body.database.backend).toBe('pglite');
  });
});
