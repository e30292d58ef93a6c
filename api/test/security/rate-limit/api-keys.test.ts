import { z } from 'zod';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { PolicyTable } from '../../../src/security/access/policy.ts';
import type { Clock } from '../../../src/clock.ts';
import { createRouter, defineRoute } from '../../../src/http/route.ts';
import { findRateLimit } from '../../../src/db/repositories/rate-limits.ts';
import { keyHashOf, takeAllowance } from '../../../src/security/rate-limit/take-allowance.ts';
import { apiKeyQuotaKey } from '../../../src/http/rate-limit/api-keys.ts';
import { rateLimits } from '../../../src/security/rate-limit/limits.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs } from '../../harness/service-context.ts';
import { findAuditEntries } from './audit.ts';
import { freshAddress, limitedApp, tally } from './app.ts';

// Each test sends tens to hundreds of requests, some with Argon2 work: seconds, more when busy.
vi.setConfig({ testTimeout: 120_000 });

/** A test-only operation that vendor API keys may call, as tender and bid operations will. */
const policies: PolicyTable = {
  testReadWithKey: {
    object: null,
    beforeMfa: false,
    grants: [{ to: { apiKeyScope: 'tenders:read' }, relation: 'public' }],
  },
};

function keyRouter() {
  const router = createRouter({ policies });
  router.openapi(
    defineRoute({
      method: 'get',
      path: '/read',
      operationId: 'testReadWithKey',
      tags: ['system'],
      summary: 'Read something with an API key',
      responses: {
        200: {
          description: 'Read',
          content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } },
        },
      },
    }),
    (c) => c.json({ ok: true }, 200),
  );
  return router;
}

async function vendorKey(database: TestDatabase, clock: Clock) {
  const vendor = await seedUser(database.db, 'vendor');
  return createApiKeyAs(database.db, clock, vendor, {
    name: 'ERP integration',
    scopes: ['tenders:read'],
    expiresAt: new Date((await clock.now()).getTime() + 30 * 86_400_000),
  });
}

describeDatabase('vendor API key quotas', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it(`answers ${rateLimits.apiKey.limit} requests of one key a minute, then 429 with Retry-After`, async () => {
    const { app, send, clock } = limitedApp(database.db);
    app.route('/api/test', keyRouter());
    const first = await vendorKey(database, clock);
    const second = await vendorKey(database, clock);
    const read = (token: string) =>
      send(freshAddress(), '/api/test/read', { headers: { authorization: `Bearer ${token}` } });

    // Most of the minute's quota used up already (as by earlier requests), the rest over HTTP.
    const used = rateLimits.apiKey.limit - 20;
    await takeAllowance({ db: database.db, clock, actor: null }, [
      { limit: rateLimits.apiKey, key: apiKeyQuotaKey(first.key.id), cost: used },
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await read(first.token)).status);
    expect(tally(statuses)).toEqual({ 200: 20, 429: 5 });
    const refused = await read(first.token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    // 600 a minute: one request comes back every 100 ms, so the next second allows one.
    expect(refused.headers.get('retry-after')).toBe('1');

    // Another key of the same vendor has its own quota.
    expect((await read(second.token)).status).toBe(200);

    const audited = await findAuditEntries(database.db, 'access.rate_limit.exceeded');
    expect(audited).toEqual([
      expect.objectContaining({
        actor_type: 'api_key',
        actor_id: first.key.id,
        object_id: 'api_key.requests',
      }),
    ]);

    clock.advance(1000);
    const again: number[] = [];
    for (let i = 0; i < 12; i++) again.push((await read(first.token)).status);
    expect(tally(again)).toEqual({ 200: 10, 429: 2 });
  });

  it('counts only keys that check out, so a wrong secret cannot use up a vendor’s quota', async () => {
    const { app, send, clock } = limitedApp(database.db);
    app.route('/api/test', keyRouter());
    const key = await vendorKey(database, clock);
    const read = (token: string) =>
      send(freshAddress(), '/api/test/read', { headers: { authorization: `Bearer ${token}` } });
    const forged = `${key.token.slice(0, key.token.indexOf('.'))}.${'a'.repeat(32)}`;
    const forgedStatuses: number[] = [];
    for (let i = 0; i < 30; i++) forgedStatuses.push((await read(forged)).status);
    expect(tally(forgedStatuses)).toEqual({ 401: 30 });
    const counter = {
      limitName: rateLimits.apiKey.name,
      keyHash: keyHashOf(apiKeyQuotaKey(key.key.id)),
    };
    expect(await findRateLimit(database.db, counter)).toBeUndefined();

    expect((await read(key.token)).status).toBe(200);
    expect(await findRateLimit(database.db, counter)).toBeDefined();
  });
});
