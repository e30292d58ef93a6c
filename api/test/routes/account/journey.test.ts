import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { accountApp, post, sessionCookieOf, totpCode, userWithPassword } from './app.ts';

const base = '/api/v1/account';
const password = 'CANARY-pw-tram lines under the old bridge';

describeDatabase('account routes', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('signs a reviewer in with the password alone, lists and ends the session', async () => {
    const { app, logs } = accountApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);

    const login = await app.request(...post(`${base}/login`, { email: reviewer.email, password }));
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ stage: 'full' });
    expect(login.headers.get('cache-control')).toBe('no-store');
    const cookie = sessionCookieOf(login);

    const sessions = await app.request(`${base}/sessions`, { headers: { cookie: cookie.pair } });
    expect(sessions.status).toBe(200);
    const listed = (await sessions.json()) as { sessions: { id: string; current: boolean }[] };
    expect(listed.sessions).toHaveLength(1);
    expect(listed.sessions[0]!.current).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(cookie.pair.split('=')[1]!.split('.')[1]!);

    const logout = await app.request(...post(`${base}/logout`, undefined, cookie.pair));
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(/tw_session=;.*Expires=Thu, 01 Jan 1970/);

    const replay = await app.request(...post(`${base}/logout`, undefined, cookie.pair));
    expect(replay.status).toBe(401);

    const raw = logs.raw();
    expect(raw).not.toContain(password);
    expect(raw).not.toContain(cookie.pair.split('=')[1]!);
  });

  it('answers the same 401 for an unknown address and a wrong password', async () => {
    const { app } = accountApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);
    const wrong = await app.request(
      ...post(`${base}/login`, { email: reviewer.email, password: `${password}x` }),
    );
    const unknown = await app.request(
      ...post(`${base}/login`, { email: `nobody-${reviewer.email}`, password }),
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [(await wrong.json()) as object, (await unknown.json()) as object];
    expect({ ...a, instance: null, requestId: null }).toEqual({
      ...b,
      instance: null,
      requestId: null,
    });
    expect(wrong.headers.getSetCookie().join()).not.toMatch(/tw_session=[^;]/);
  });

  it('takes an officer through enrolment, logout, login and TOTP', async () => {
    const { app, clock, logs } = accountApp(database.db);
    const officer = await userWithPassword(database.db, 'officer', password);

    const first = await app.request(...post(`${base}/login`, { email: officer.email, password }));
    expect(await first.json()).toEqual({ stage: 'enrolment' });
    const pending = sessionCookieOf(first).pair;

    // A pending session cannot reach a full-session operation.
    const early = await app.request(`${base}/sessions`, { headers: { cookie: pending } });
    expect(early.status).toBe(401);

    const start = await app.request(...post(`${base}/totp/enrolment`, undefined, pending));
    expect(start.status).toBe(200);
    const enrolment = (await start.json()) as { secret: string; keyUri: string; qrCodeSvg: string };
    expect(enrolment.keyUri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolment.qrCodeSvg).toContain('<svg');

    const confirm = await app.request(
      ...post(
        `${base}/totp/enrolment/confirm`,
        { secret: enrolment.secret, code: await totpCode(enrolment.secret, clock) },
        pending,
      ),
    );
    expect(confirm.status).toBe(200);
    const { recoveryCodes } = (await confirm.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes.length).toBeGreaterThan(0);
    const full = sessionCookieOf(confirm).pair;
    expect(full).not.toBe(pending);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: pending } })).status).toBe(
      401,
    );
    expect((await app.request(`${base}/sessions`, { headers: { cookie: full } })).status).toBe(200);

    expect((await app.request(...post(`${base}/logout`, undefined, full))).status).toBe(204);

    clock.advance(30_000);
    const second = await app.request(...post(`${base}/login`, { email: officer.email, password }));
    expect(await second.json()).toEqual({ stage: 'totp' });
    const waiting = sessionCookieOf(second).pair;
    const wrongCode = await app.request(...post(`${base}/login/totp`, { code: '000000' }, waiting));
    expect(wrongCode.status).toBe(401);
    const code = await totpCode(enrolment.secret, clock);
    const done = await app.request(...post(`${base}/login/totp`, { code }, waiting));
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ stage: 'full' });
    const signedIn = sessionCookieOf(done).pair;
    // Fixation: the cookie from before the second step is dead, the new one works.
    expect(signedIn).not.toBe(waiting);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: waiting } })).status).toBe(
      401,
    );
    expect((await app.request(`${base}/sessions`, { headers: { cookie: signedIn } })).status).toBe(
      200,
    );

    const me = await app.request(base, { headers: { cookie: signedIn } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      id: officer.id,
      email: officer.email,
      role: 'officer',
      organisation: { id: officer.organisation_id, kind: 'authority' },
      totpEnrolled: true,
    });
    expect((await app.request(base, { headers: { cookie: waiting } })).status).toBe(401);

    // A new phone: removing TOTP leaves the officer a session that can only set it up again.
    const reset = await app.request(...post(`${base}/totp/reset`, { password }, signedIn));
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ stage: 'enrolment' });
    const enrolling = sessionCookieOf(reset).pair;
    expect((await app.request(base, { headers: { cookie: signedIn } })).status).toBe(401);
    expect((await app.request(base, { headers: { cookie: enrolling } })).status).toBe(401);
    const again = await app.request(...post(`${base}/totp/enrolment`, undefined, enrolling));
    expect(again.status).toBe(200);

    const raw = logs.raw();
    for (const secret of [password, enrolment.secret, code, ...recoveryCodes]) {
      expect(raw).not.toContain(secret);
    }
    for (const cookie of [pending, full, waiting, signedIn]) {
      expect(raw).not.toContain(cookie.split('=')[1]!);
    }
  });

  it('holds a vendor who chose TOTP to it: the password alone opens nothing but the second step', async () => {
    const { app, clock } = accountApp(database.db);
    const vendor = await userWithPassword(database.db, 'vendor', password);

    const first = await app.request(...post(`${base}/login`, { email: vendor.email, password }));
    expect(await first.json()).toEqual({ stage: 'full' });
    const full = sessionCookieOf(first).pair;
    const start = await app.request(...post(`${base}/totp/enrolment`, undefined, full));
    expect(start.status).toBe(200);
    const { secret } = (await start.json()) as { secret: string };
    const confirm = await app.request(
      ...post(
        `${base}/totp/enrolment/confirm`,
        { secret, code: await totpCode(secret, clock) },
        full,
      ),
    );
    expect(confirm.status).toBe(200);
    const enrolled = sessionCookieOf(confirm).pair;
    expect((await app.request(...post(`${base}/logout`, undefined, enrolled))).status).toBe(204);

    clock.advance(30_000);
    const second = await app.request(...post(`${base}/login`, { email: vendor.email, password }));
    expect(await second.json()).toEqual({ stage: 'totp' });
    const waiting = sessionCookieOf(second).pair;
    const keyRequest = {
      name: 'CI pipeline',
      scopes: ['tenders:read'],
      expiresAt: new Date(Date.parse('2026-06-01Z')).toISOString(),
    };
    // Neither the keys nor the account's own pages open before the code.
    for (const response of [
      await app.request('/api/v1/api-keys', { headers: { cookie: waiting } }),
      await app.request(...post('/api/v1/api-keys', keyRequest, waiting)),
      await app.request(`${base}/sessions`, { headers: { cookie: waiting } }),
    ]) {
      expect(response.status).toBe(401);
      expect(((await response.json()) as { detail: string }).detail).toMatch(/second factor/);
    }

    const done = await app.request(
      ...post(`${base}/login/totp`, { code: await totpCode(secret, clock) }, waiting),
    );
    expect(await done.json()).toEqual({ stage: 'full' });
    const signedIn = sessionCookieOf(done).pair;
    expect((await app.request('/api/v1/api-keys', { headers: { cookie: signedIn } })).status).toBe(
      200,
    );
  });

  it('does not promote a cookie sent before the login', async () => {
    const { app } = accountApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);
    const planted = 'tw_session=aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
    const login = await app.request(
      ...post(`${base}/login`, { email: reviewer.email, password }, planted),
    );
    expect(login.status).toBe(200);
    expect(sessionCookieOf(login).pair).not.toBe(planted);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: planted } })).status).toBe(
      401,
    );
  });

  it('changes the password, ending the other sessions, and answers policy reason codes', async () => {
    const { app } = accountApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);
    const login = async () =>
      sessionCookieOf(
        await app.request(...post(`${base}/login`, { email: reviewer.email, password })),
      ).pair;
    const [here, elsewhere] = [await login(), await login()];

    const refused = await app.request(
      ...post(`${base}/password`, { currentPassword: password, newPassword: 'short' }, here),
    );
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { errors: { pointer: string; detail: string }[] };
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ pointer: '/newPassword', detail: 'too-short' }),
    );

    const changed = await app.request(
      ...post(
        `${base}/password`,
        { currentPassword: password, newPassword: 'a brand new and quite long passphrase' },
        here,
      ),
    );
    expect(changed.status).toBe(204);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: here } })).status).toBe(200);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: elsewhere } })).status).toBe(
      401,
    );
  });

  it("ends an own session and answers 404 for another user's", async () => {
    const { app } = accountApp(database.db);
    const alice = await userWithPassword(database.db, 'reviewer', password);
    const bob = await userWithPassword(database.db, 'vendor', password);
    const cookieOf = async (email: string) =>
      sessionCookieOf(await app.request(...post(`${base}/login`, { email, password }))).pair;
    const [aliceHere, aliceThere, bobs] = [
      await cookieOf(alice.email),
      await cookieOf(alice.email),
      await cookieOf(bob.email),
    ];
    const idsOf = async (cookie: string) => {
      const response = await app.request(`${base}/sessions`, { headers: { cookie } });
      return ((await response.json()) as { sessions: { id: string; current: boolean }[] }).sessions;
    };
    const other = (await idsOf(aliceHere)).find((session) => !session.current)!;
    const bobsId = (await idsOf(bobs))[0]!.id;

    const foreign = await app.request(`${base}/sessions/${bobsId}`, {
      method: 'DELETE',
      headers: { cookie: aliceHere, 'sec-fetch-site': 'same-origin' },
    });
    expect(foreign.status).toBe(404);
    const own = await app.request(`${base}/sessions/${other.id}`, {
      method: 'DELETE',
      headers: { cookie: aliceHere, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(204);
    expect(
      (await app.request(`${base}/sessions`, { headers: { cookie: aliceThere } })).status,
    ).toBe(401);
    expect((await app.request(`${base}/sessions`, { headers: { cookie: bobs } })).status).toBe(200);
  });
});
