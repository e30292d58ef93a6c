import { pricePreviewExample, sensitivityExample } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import {
  analysisBytesPerUnit,
  analysisCost,
  analysisCosts,
  rateLimits,
} from '../../../src/security/rate-limit/limits.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { captureLogs, createTestApp, jsonRequest } from '../../http/test-app.ts';
import { freshAddress, limitedApp, tally } from './app.ts';

// Each test sends tens to hundreds of requests, some with Argon2 work: seconds, more when busy.
vi.setConfig({ testTimeout: 120_000 });

const pricePreview = '/api/v1/analysis/price-preview';
const sensitivity = '/api/v1/analysis/sensitivity';
const limit = rateLimits.analysis.limit;

describeDatabase('analysis rate limits', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it(`answers ${limit} what-ifs a minute per address, then 429 before even reading the body`, async () => {
    const { send } = limitedApp(database.db);
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < limit + 3; i++) {
      statuses.push(
        (await send(address, pricePreview, { body: pricePreviewExample.request })).status,
      );
    }
    expect(tally(statuses)).toEqual({ 200: limit, 429: 3 });
    const invalid = await send(address, pricePreview, { body: { nonsense: true } });
    expect(invalid.status).toBe(429);
    expect(invalid.headers.get('retry-after')).toBe('1');
    // Another client is not affected.
    const other = await send(freshAddress(), pricePreview, { body: pricePreviewExample.request });
    expect(other.status).toBe(200);
  });

  it('charges analyses on the worker threads more than what-ifs', async () => {
    const { send } = limitedApp(database.db);
    const address = freshAddress();
    const cheap = limit - analysisCosts.worker + 1;
    for (let i = 0; i < cheap; i++) {
      expect(
        (await send(address, pricePreview, { body: pricePreviewExample.request })).status,
      ).toBe(200);
    }
    // Nine units are left: too few for a sensitivity analysis, enough for another what-if.
    const heavy = await send(address, sensitivity, { body: sensitivityExample.request });
    expect(heavy.status).toBe(429);
    expect(heavy.headers.get('retry-after')).toBe('1');
    expect((await send(address, pricePreview, { body: pricePreviewExample.request })).status).toBe(
      200,
    );
  });

  it('charges by body size, whether the body states its length or comes in chunks', async () => {
    const { app } = limitedApp(database.db);
    const evaluate = '/api/v1/analysis/evaluate';
    // Not even JSON: the charge is taken before the body is parsed, and parsing is work too.
    const body = 'x'.repeat(40 * analysisBytesPerUnit);
    const cost = analysisCost('inline', body.length);
    expect(cost).toBe(analysisCosts.inline + 40);
    const chunked = (text: string) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          const bytes = new TextEncoder().encode(text);
          for (let at = 0; at < bytes.length; at += 4096)
            controller.enqueue(bytes.slice(at, at + 4096));
          controller.close();
        },
      });
    for (const withLength of [true, false]) {
      const address = freshAddress();
      const send = (text: string) =>
        app.request(
          evaluate,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(withLength && { 'content-length': String(text.length) }),
            },
            body: withLength ? text : chunked(text),
            ...(!withLength && { duplex: 'half' }),
          } as RequestInit,
          { clientAddress: address },
        );
      const statuses = [(await send(body)).status, (await send(body)).status];
      expect(statuses).toEqual([400, 400]);
      // 2 × 41 units are gone: a third large body is refused until 3 more units are back (0.5 s
      // each), a small request still fits.
      const refused = await send(body);
      expect(refused.status).toBe(429);
      const missing = cost - (limit - 2 * cost);
      expect(refused.headers.get('retry-after')).toBe(
        String(Math.ceil((missing * rateLimits.analysis.periodMs) / limit / 1000)),
      );
      expect((await send('{}')).status).toBe(422);
    }
  });

  it('never charges more than the whole limit, so every admitted body can be sent', () => {
    expect(analysisCost('inline', 0)).toBe(analysisCosts.inline);
    expect(analysisCost('worker', analysisBytesPerUnit - 1)).toBe(analysisCosts.worker);
    expect(analysisCost('worker', analysisBytesPerUnit)).toBe(analysisCosts.worker + 1);
    expect(analysisCost('inline', 1024 * 1024)).toBe(analysisCosts.inline + 64);
    expect(analysisCost('worker', 64 * 1024 * 1024)).toBe(limit);
  });

  it('counts a signed-in client by account, not by the address it shares', async () => {
    const { send, clock, config } = limitedApp(database.db);
    const office = freshAddress();
    for (let i = 0; i < limit; i++) {
      await send(office, pricePreview, { body: pricePreviewExample.request });
    }
    expect((await send(office, pricePreview, { body: pricePreviewExample.request })).status).toBe(
      429,
    );
    const officer = await seedUser(database.db, 'reviewer');
    const { token } = await createSession(database.db, clock, {
      userId: officer.id,
      mfaVerified: false,
    });
    const signedIn = await send(office, pricePreview, {
      body: pricePreviewExample.request,
      headers: { cookie: `${sessionCookieName(config)}=${token}` },
    });
    expect(signedIn.status).toBe(200);
  });
});

it('lets analyses through, with a warning, when the counters cannot be reached', async () => {
  const logs = captureLogs();
  const app = createTestApp({ logger: logs.logger });
  const statuses: number[] = [];
  for (let i = 0; i < limit + 10; i++) {
    const response = await app.request(
      pricePreview,
      jsonRequest(JSON.stringify(pricePreviewExample.request)),
    );
    statuses.push(response.status);
  }
  expect(tally(statuses)).toEqual({ 200: limit + 10 });
  expect(logs.raw()).toContain('analysis rate limit not checked; request allowed');
});
