import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FixedClock } from '../../../src/clock.ts';
import type { Logger } from '../../../src/logger.ts';
import { issueSetupToken } from '../../../src/services/setup/issue-setup-token.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { operatorPrincipal, serviceContextFor } from '../../harness/service-context.ts';
import { accountApp, post, sessionCookieOf, totpCode } from './app.ts';

const base = '/api/v1/account';
const password = 'CANARY-pw-seven herons above the canal';

/** What the setup form sends, for a link's token; fields may be overridden. */
function setup(token: string, overrides: Record<string, string> = {}) {
  return {
    token,
    organisationName: 'Stadt Musterhausen',
    displayName: 'Erika Mustermann',
    email: 'it@musterhausen.example',
    password,
    ...overrides,
  };
}

// Every test starts from an installation without an administrator: a database of its own.
describeDatabase('the setup link', (backend) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await openTestDatabase(backend);
  });
  afterEach(() => database.close());

  /** The token a start of the server issues (null once an administrator exists). */
  async function issuedAtStart(clock: FixedClock, logger?: Logger): Promise<string | null> {
    const ctx = serviceContextFor(database.db, clock, operatorPrincipal('server'), {
      ...(logger !== undefined && { logger }),
    });
    return (await issueSetupToken({ ctx }))?.token ?? null;
  }

  function adminCreate(clock: FixedClock, email = 'operator@musterhausen.example') {
    return createAdministrator({
      ctx: serviceContextFor(database.db, clock, operatorPrincipal('admin:create')),
      input: { email, displayName: 'Otto Operator', organisationName: 'Landesamt' },
    });
  }

  async function administrators() {
    return database.db
      .selectFrom('app_user')
      .select(['email', 'organisation_id'])
      .where('role', '=', 'admin')
      .execute();
  }

  it('tells the page whether a link is valid, used or unknown, and nothing else', async () => {
    const { app, clock } = accountApp(database.db);
    const check = async (token: string) => {
      const response = await app.request(...post(`${base}/setup/check`, { token }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return ((await response.json()) as { status: string }).status;
    };

    const replaced = (await issuedAtStart(clock))!;
    const token = (await issuedAtStart(clock))!;
    expect(token).not.toBe(replaced);
    // A new start replaces the link not used yet.
    expect(await check(replaced)).toBe('unknown');
    expect(await check(token)).toBe('valid');
    expect(await check('a'.repeat(32))).toBe('unknown');
    expect(await check('not a token at all')).toBe('unknown');
    // Checking changes nothing: the link still works after it.
    expect(await check(token)).toBe('valid');

    const completed = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(completed.status).toBe(201);
    expect(await check(token)).toBe('used');
    expect(await check(replaced)).toBe('unknown');
    // An installation with an administrator offers no link at the next start.
    expect(await issuedAtStart(clock)).toBeNull();
  });

  it('creates the administrator and their authority, signed in to set up TOTP next', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;

    const completed = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(completed.status).toBe(201);
    expect(completed.headers.get('cache-control')).toBe('no-store');
    expect(await completed.json()).toEqual({ stage: 'enrolment' });
    const pending = sessionCookieOf(completed).pair;

    const [admin] = await administrators();
    expect(admin?.email).toBe('it@musterhausen.example');
    const authority = await database.db
      .selectFrom('organisation')
      .select(['kind', 'name'])
      .where('id', '=', admin!.organisation_id)
      .executeTakeFirstOrThrow();
    expect(authority).toEqual({ kind: 'authority', name: 'Stadt Musterhausen' });

    // Administrators must have TOTP: the session may set it up and nothing else.
    expect((await app.request(`${base}/sessions`, { headers: { cookie: pending } })).status).toBe(
      401,
    );
    const start = await app.request(...post(`${base}/totp/enrolment`, undefined, pending));
    expect(start.status).toBe(200);
    const { secret } = (await start.json()) as { secret: string };
    const confirm = await app.request(
      ...post(
        `${base}/totp/enrolment/confirm`,
        { secret, code: await totpCode(secret, clock) },
        pending,
      ),
    );
    expect(confirm.status).toBe(200);
    const full = sessionCookieOf(confirm).pair;
    const administration = await app.request('/api/v1/organisations', {
      headers: { cookie: full },
    });
    expect(administration.status).toBe(200);

    // The password chosen on the page is the one to sign in with.
    const login = await app.request(
      ...post(`${base}/login`, { email: 'it@musterhausen.example', password }),
    );
    expect(await login.json()).toEqual({ stage: 'totp' });

    const actions = await database.db
      .selectFrom('audit_entry')
      .select('canonical')
      .orderBy('seq')
      .execute();
    const recorded = actions.map((row) => JSON.parse(row.canonical) as Record<string, unknown>);
    expect(recorded.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'auth.setup_token.issued',
        'auth.organisation.created',
        'auth.user.created',
        'auth.setup.completed',
        'auth.mfa.enrolled',
      ]),
    );
    const setupCompleted = recorded.find((entry) => entry.action === 'auth.setup.completed')!;
    expect(setupCompleted.outcome).toBe('succeeded');
    expect(setupCompleted.actor).toEqual({ type: 'user', id: expect.any(String) });
  });

  it('creates exactly one administrator when two submissions race with one link', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;
    // On PostgreSQL the two requests run in two transactions on two connections at once.
    const responses = await Promise.all(
      ['first@musterhausen.example', 'second@musterhausen.example'].map((email) =>
        app.request(...post(`${base}/setup/complete`, setup(token, { email }))),
      ),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const refused = responses.find((response) => response.status === 409)!;
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.getSetCookie().join()).not.toMatch(/tw_session=[^;]/);
    expect(await administrators()).toHaveLength(1);
    const authorities = await database.db.selectFrom('organisation').select('id').execute();
    expect(authorities).toHaveLength(1);
  });

  it('creates one administrator when the setup and admin:create race', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;
    const [viaPage, viaCommand] = await Promise.allSettled([
      app.request(...post(`${base}/setup/complete`, setup(token))),
      adminCreate(clock),
    ]);
    const pageWon = viaPage.status === 'fulfilled' && viaPage.value.status === 201;
    expect(pageWon).toBe(viaCommand.status === 'rejected');
    if (!pageWon) expect(viaPage.status === 'fulfilled' && viaPage.value.status).toBe(409);
    expect(await administrators()).toHaveLength(1);
  });

  it('stops working once an administrator exists, also one made with admin:create', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;
    await adminCreate(clock);

    const check = await app.request(...post(`${base}/setup/check`, { token }));
    expect(await check.json()).toEqual({ status: 'used' });
    const refused = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(refused.status).toBe(409);
    expect(await administrators()).toEqual([
      expect.objectContaining({ email: 'operator@musterhausen.example' }),
    ]);
    // Used up in the database too, so no process can take it for open.
    const stored = await database.db
      .selectFrom('setup_token')
      .select(['used_at', 'administrator_id'])
      .executeTakeFirstOrThrow();
    expect(stored.used_at).not.toBeNull();
    expect(stored.administrator_id).toBeNull();

    const unknown = await app.request(
      ...post(`${base}/setup/complete`, setup('b'.repeat(32), { email: 'x@example.org' })),
    );
    expect(unknown.status).toBe(404);
  });

  it('refuses passwords by the invitation rules, own name, address and authority included', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;
    for (const [candidate, code] of [
      ['short', 'too-short'],
      ['password123', 'common'],
      ['Erika Mustermann', 'contains-personal-data'],
      ['mustermann-passwort-2026', 'contains-personal-data'],
      ['it@musterhausen.example!', 'contains-personal-data'],
      ['stadt musterhausen rathaus', 'contains-context-word'],
    ] as const) {
      const refused = await app.request(
        ...post(`${base}/setup/complete`, setup(token, { password: candidate })),
      );
      expect(refused.status, candidate).toBe(422);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await refused.json()) as { errors: { pointer: string; detail: string }[] };
      expect(problem.errors, candidate).toContainEqual(
        expect.objectContaining({ pointer: '/password', detail: code }),
      );
    }
    // None of them counted against the link's attempts or used it: it still works.
    expect(await administrators()).toEqual([]);
    const completed = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(completed.status).toBe(201);
  });

  it('refuses a malformed e-mail address with a problem naming the field', async () => {
    const { app, clock } = accountApp(database.db);
    const token = (await issuedAtStart(clock))!;
    const refused = await app.request(
      ...post(`${base}/setup/complete`, setup(token, { email: 'not an address' })),
    );
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { errors: { pointer: string }[] };
    expect(problem.errors).toContainEqual(expect.objectContaining({ pointer: '/email' }));
    expect(await administrators()).toEqual([]);
  });

  it('limits completions per link before hashing, like accepting an invitation', async () => {
    const { app, clock } = accountApp(database.db);
    await issuedAtStart(clock);
    const guess = 'c'.repeat(32);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await app.request(...post(`${base}/setup/complete`, setup(guess)));
      expect(response.status, `attempt ${attempt}`).toBe(404);
    }
    const limited = await app.request(...post(`${base}/setup/complete`, setup(guess)));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never writes the token to a log line, the audit log or a rate-limit key', async () => {
    const { app, clock, logs } = accountApp(database.db);
    const token = (await issuedAtStart(clock, logs.logger))!;
    await app.request(...post(`${base}/setup/check`, { token }));
    await app.request(...post(`${base}/setup/complete`, setup(token, { password: 'short' })));
    await app.request(...post(`${base}/setup/complete`, setup(token, { email: 'nope' })));
    const completed = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(completed.status).toBe(201);
    const refused = await app.request(...post(`${base}/setup/complete`, setup(token)));
    expect(refused.status).toBe(409);
    await app.request(...post(`${base}/setup/check`, { token }));

    const raw = logs.raw();
    // The requests were logged (access log, audit events), only without the token.
    expect(raw).toContain('/api/v1/account/setup/complete');
    expect(raw).toContain('auth.setup.completed');
    expect(raw).not.toContain(token);
    expect(raw).not.toContain(password);
    const stored = await database.db.selectFrom('audit_entry').select('canonical').execute();
    expect(stored.map((row) => row.canonical).join('\n')).not.toContain(token);
    const keys = await database.db.selectFrom('rate_limit').select('key_hash').execute();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((row) => row.key_hash).join()).not.toContain(token);
  });
});
