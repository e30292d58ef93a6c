import { Problem } from '@tenderwise/schema';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { countingPasswordHashing } from '../../harness/passwords.ts';
import { userWithPassword } from '../../routes/account/app.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { freshAddress, limitedApp as limitedAppWith, tally, testAddress } from './app.ts';
import { findAuditEntries } from './audit.ts';

// Each test sends tens to hundreds of requests, some with Argon2 work: seconds, more when busy.
vi.setConfig({ testTimeout: 120_000 });

const login = '/api/v1/account/login';
const password = 'CANARY-pw-nine herons on the weir';
const proxy = '10.0.0.2';

describeDatabase('login rate limits', (backend) => {
  let database: TestDatabase;
  // Counts Argon2 work: the library's verify, wrapped; everything else as it is.
  const argon2Work = countingPasswordHashing();
  const argon2 = {
    get verifications() {
      return argon2Work.verified.length;
    },
    set verifications(count: number) {
      argon2Work.verified.length = count;
    },
  };
  const limitedApp = (db: TestDatabase['db'], env: Record<string, string> = {}) =>
    limitedAppWith(db, env, { passwordHashing: argon2Work.hashing });

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());
  beforeEach(() => {
    argon2.verifications = 0;
  });

  it('answers 100 wrong passwords from one address with 5 × 401, then 429 without Argon2 work', async () => {
    const attacker = freshAddress();
    const { send } = limitedApp(database.db);
    const victim = await userWithPassword(database.db, 'reviewer', password);
    argon2.verifications = 0;
    const responses: Response[] = [];
    for (let i = 0; i < 100; i++) {
      responses.push(
        await send(attacker, login, { body: { email: victim.email, password: `guess ${i}` } }),
      );
    }
    const statuses = responses.map((response) => response.status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(tally(statuses)).toEqual({ 401: 5, 429: 95 });
    expect(argon2.verifications).toBe(5);

    const refused = responses[5]!;
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    // Five attempts per 15 minutes: the next one comes back after three.
    expect(refused.headers.get('retry-after')).toBe('180');
    const problem = Problem.parse(await refused.json());
    expect(problem).toMatchObject({
      status: 429,
      type: expect.stringMatching(/too-many-requests$/),
    });
    expect(JSON.stringify(problem)).not.toMatch(/select|insert|rate_limit|at .+:\d+:\d+/i);
  });

  it('ignores a rotating X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const attacker = freshAddress();
    const { send } = limitedApp(database.db, { TRUSTED_PROXIES: proxy });
    const victim = await userWithPassword(database.db, 'reviewer', password);
    argon2.verifications = 0;
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await send(attacker, login, {
        body: { email: victim.email, password: `guess ${i}` },
        headers: { 'x-forwarded-for': `${testAddress(i)}, ${testAddress(i + 1000)}` },
      });
      statuses.push(response.status);
    }
    expect(tally(statuses)).toEqual({ 401: 5, 429: 95 });
    expect(argon2.verifications).toBe(5);
  });

  it('keys on the forwarded client behind a trusted proxy, and holds the account ceiling when it rotates', async () => {
    const attacker = freshAddress();
    const { send } = limitedApp(database.db, { TRUSTED_PROXIES: '10.0.0.0/24' });
    const victim = await userWithPassword(database.db, 'reviewer', password);

    // One client behind the proxy: the pair limit, as without a proxy.
    const one: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await send(proxy, login, {
        body: { email: victim.email, password: `guess ${i}` },
        headers: { 'x-forwarded-for': `${attacker}, 10.0.0.1` },
      });
      one.push(response.status);
    }
    expect(tally(one)).toEqual({ 401: 5, 429: 5 });

    // A different client behind the same proxy is not affected by that one.
    const other = await send(proxy, login, {
      body: { email: victim.email, password: 'guess' },
      headers: { 'x-forwarded-for': '192.0.2.44' },
    });
    expect(other.status).toBe(401);

    // Addresses that rotate on every attempt (a botnet): the account's ceiling of 50 holds.
    argon2.verifications = 0;
    const rotating: number[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await send(proxy, login, {
        body: { email: victim.email, password: `guess ${i}` },
        headers: { 'x-forwarded-for': testAddress(i) },
      });
      rotating.push(response.status);
    }
    // 6 of the 50 went to the first two clients above.
    expect(tally(rotating)).toEqual({ 401: 44, 429: 56 });
    expect(argon2.verifications).toBe(44);
  });

  it('allows attempts again as the window passes on the clock', async () => {
    const attacker = freshAddress();
    const { send, clock } = limitedApp(database.db);
    const victim = await userWithPassword(database.db, 'reviewer', password);
    const attempt = () =>
      send(attacker, login, { body: { email: victim.email, password: 'wrong' } }).then(
        (response) => response.status,
      );
    for (let i = 0; i < 5; i++) expect(await attempt()).toBe(401);
    const refused = await send(attacker, login, { body: { email: victim.email, password: 'x' } });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));

    clock.advance((retryAfter - 1) * 1000);
    expect(await attempt()).toBe(429);
    clock.advance(1000);
    expect(await attempt()).toBe(401);
    expect(await attempt()).toBe(429);

    // Fifteen quiet minutes give all five back.
    clock.advance(15 * 60_000);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt());
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('forgives earlier mistakes once the password was right', async () => {
    const attacker = freshAddress();
    const { send } = limitedApp(database.db);
    const user = await userWithPassword(database.db, 'reviewer', password);
    const as = (pw: string) =>
      send(attacker, login, { body: { email: user.email, password: pw } }).then((r) => r.status);
    for (let i = 0; i < 4; i++) expect(await as('wrong')).toBe(401);
    expect(await as(password)).toBe(200);
    for (let i = 0; i < 5; i++) expect(await as('wrong')).toBe(401);
    expect(await as(password)).toBe(429);
  });

  it('limits unknown and known e-mail addresses alike, whatever their case', async () => {
    const attacker = freshAddress();
    const { send } = limitedApp(database.db);
    const unknown = `Nobody-${Date.now()}@Example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const email = i % 2 === 0 ? unknown : ` ${unknown.toLowerCase()} `;
      statuses.push((await send(attacker, login, { body: { email, password: 'x' } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('records the first refusal of a streak in the audit log, and only that one', async () => {
    const { send, logs } = limitedApp(database.db);
    const victim = await userWithPassword(database.db, 'reviewer', password);
    const address = freshAddress();
    const before = await findAuditEntries(database.db, 'access.rate_limit.exceeded');
    for (let i = 0; i < 20; i++) {
      await send(address, login, { body: { email: victim.email, password: 'wrong' } });
    }
    const after = await findAuditEntries(database.db, 'access.rate_limit.exceeded');
    const added = after.slice(before.length);
    expect(added).toEqual([
      expect.objectContaining({
        actor_id: null,
        object_type: 'rate_limit',
        object_id: 'login.address_account',
        outcome: 'refused',
      }),
    ]);
    const warnings = logs.events().filter((e) => e.event === 'access.rate_limit.exceeded');
    expect(warnings).toHaveLength(1);
    expect(logs.raw()).not.toContain(victim.email);
    expect(logs.raw()).not.toContain(address);
  });

  it('stores keys only as hashes', async () => {
    const { send } = limitedApp(database.db);
    const email = `hashed-${Date.now()}@example.org`;
    const address = freshAddress();
    await send(address, login, { body: { email, password: 'x' } });
    const rows = await database.db.selectFrom('rate_limit').selectAll().execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain(email);
    expect(text).not.toContain(address);
  });
});
