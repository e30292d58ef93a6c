import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { acceptInvitation } from '../../../src/services/users/accept-invitation.ts';
import { createApp, type AppDeps } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { createLogger } from '../../../src/logger.ts';
import {
  seedOrganisation,
  seedUser,
  storedPasswordHash,
} from '../../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor } from '../../harness/service-context.ts';

/** Secrets have no business in a list: no hash, token, TOTP secret or `tw_` key. */
const secretLooking = /password_?hash|secret|token|totp|\$argon2|tw_[a-z2-7]{24}\./i;

describeDatabase('administration and API key routes', (backend) => {
  let database: TestDatabase;
  let db: Kysely<DB>;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let cookieName: string;
  const clock = fixedClock();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    const config = loadConfig({ PUBLIC_ORIGIN: 'https://tenderwise.example' });
    deps = { db, clock, config, logger: createLogger('silent'), backend };
    app = createApp(deps);
    cookieName = sessionCookieName(config);
  });
  afterAll(() => database.close());

  async function signIn(role: Role, organisationId?: string) {
    const user = await seedUser(db, role, organisationId);
    const mfaVerified = role === 'admin' || role === 'officer';
    const { token } = await createSession(db, clock, { userId: user.id, mfaVerified });
    return { user, headers: { cookie: `${cookieName}=${token}` } };
  }

  function call(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ): Promise<Response> {
    return Promise.resolve(
      app.request(path, {
        method,
        headers: {
          // What a browser sends with a request from our own pages.
          'sec-fetch-site': 'same-origin',
          ...headers,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const inAYear = () => new Date(Date.parse('2026-01-15T09:00:00Z') + 180 * 86_400_000);

  it('lets an admin create a vendor organisation and a vendor user with an invitation link that works once', async () => {
    const admin = await signIn('admin');
    const created = await call('POST', '/api/v1/organisations', admin.headers, {
      kind: 'vendor',
      name: 'Nordlicht Software GmbH',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const organisation = (await created.json()) as { id: string; kind: string };
    expect(organisation.kind).toBe('vendor');

    const listed = await call('GET', '/api/v1/organisations', admin.headers);
    expect(listed.status).toBe(200);
    const { organisations } = (await listed.json()) as { organisations: { id: string }[] };
    expect(organisations.map(({ id }) => id)).toContain(organisation.id);

    const invited = await call(
      'POST',
      `/api/v1/organisations/${organisation.id}/users`,
      admin.headers,
      { email: `erika-${organisation.id}@nordlicht.example`, displayName: 'Erika', role: 'vendor' },
    );
    expect(invited.status).toBe(201);
    expect(invited.headers.get('cache-control')).toBe('no-store');
    const body = (await invited.json()) as {
      user: { id: string; role: string; passwordSet: boolean };
      invitation: { url: string; expiresAt: string };
    };
    expect(body.user).toMatchObject({ role: 'vendor', passwordSet: false });
    const match = /^https:\/\/tenderwise\.example\/invitation\/([a-z2-7]{32})$/.exec(
      body.invitation.url,
    );
    expect(match).not.toBeNull();
    expect(Date.parse(body.invitation.expiresAt)).toBeGreaterThan(Date.parse('2026-01-15'));

    const ctx = serviceContextFor(db, clock);
    const accepted = await acceptInvitation({
      ctx,
      input: { token: match![1]!, passwordHash: storedPasswordHash },
    });
    expect(accepted.id).toBe(body.user.id);
    await expect(
      acceptInvitation({ ctx, input: { token: match![1]!, passwordHash: storedPasswordHash } }),
    ).rejects.toThrow(/used already/);

    const users = await call(
      'GET',
      `/api/v1/organisations/${organisation.id}/users`,
      admin.headers,
    );
    expect(users.status).toBe(200);
    const text = await users.text();
    expect(text).not.toMatch(secretLooking);
    const { users: list } = JSON.parse(text) as { users: { id: string; passwordSet: boolean }[] };
    expect(list).toEqual([expect.objectContaining({ id: body.user.id, passwordSet: true })]);
  });

  it('refuses a role that does not fit the organisation, and answers 404 for a missing one', async () => {
    const admin = await signIn('admin');
    const vendorOrganisation = await seedOrganisation(db, 'vendor');
    const wrong = await call(
      'POST',
      `/api/v1/organisations/${vendorOrganisation.id}/users`,
      admin.headers,
      { email: `o-${vendorOrganisation.id}@example.org`, displayName: 'O', role: 'officer' },
    );
    expect(wrong.status).toBe(422);
    const missing = await call(
      'GET',
      '/api/v1/organisations/4f0c7a10-9d2b-4c5e-8f1a-2b3c4d5e6f70/users',
      admin.headers,
    );
    expect(missing.status).toBe(404);
  });

  it('ends the user’s sessions when an admin changes their role', async () => {
    const admin = await signIn('admin');
    const officer = await signIn('officer', admin.user.organisation_id);
    expect((await call('GET', '/api/v1/api-keys', officer.headers)).status).toBe(403);

    const changed = await call('PATCH', `/api/v1/users/${officer.user.id}`, admin.headers, {
      role: 'reviewer',
    });
    expect(changed.status).toBe(200);
    const body = (await changed.json()) as { user: { role: string }; endedSessions: number };
    expect(body.user.role).toBe('reviewer');
    expect(body.endedSessions).toBe(1);
    // The old session cookie no longer signs anybody in.
    expect((await call('GET', '/api/v1/api-keys', officer.headers)).status).toBe(401);
  });

  it('lets an admin end all sessions of a user and disable them', async () => {
    const admin = await signIn('admin');
    const vendor = await signIn('vendor');
    expect((await call('GET', '/api/v1/api-keys', vendor.headers)).status).toBe(200);
    const ended = await call('DELETE', `/api/v1/users/${vendor.user.id}/sessions`, admin.headers);
    expect(ended.status).toBe(204);
    expect((await call('GET', '/api/v1/api-keys', vendor.headers)).status).toBe(401);

    const disabled = await call('POST', `/api/v1/users/${vendor.user.id}/disable`, admin.headers);
    expect(disabled.status).toBe(200);
    expect(
      ((await disabled.json()) as { user: { disabledAt: string | null } }).user.disabledAt,
    ).not.toBeNull();
  });

  it('refuses administration to other roles, and to admins without the second factor', async () => {
    const officer = await signIn('officer');
    expect((await call('GET', '/api/v1/organisations', officer.headers)).status).toBe(403);
    const admin = await seedUser(db, 'admin');
    const { token } = await createSession(db, clock, { userId: admin.id, mfaVerified: false });
    const halfSignedIn = { cookie: `${cookieName}=${token}` };
    expect((await call('GET', '/api/v1/organisations', halfSignedIn)).status).toBe(401);
    expect((await call('GET', '/api/v1/organisations', {})).status).toBe(401);
  });

  it('shows a new key once, authenticates with it, and treats it as anonymous once revoked', async () => {
    const vendor = await signIn('vendor');
    const created = await call('POST', '/api/v1/api-keys', vendor.headers, {
      name: 'ERP integration',
      scopes: ['tenders:read', 'bids:submit'],
      expiresAt: inAYear().toISOString(),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const { key, token } = (await created.json()) as {
      key: { id: string; scopes: string[]; revokedAt: string | null };
      token: string;
    };
    expect(token).toMatch(new RegExp(`^tw_${key.id}\\.[a-z2-7]{32}$`));
    expect(key.scopes).toEqual(['bids:submit', 'tenders:read']);

    // The key is a valid credential, but keys do not manage keys: 403, not 401.
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(403);
    expect(
      (
        await call('POST', '/api/v1/api-keys', bearer(token), {
          name: 'minted by a key',
          scopes: ['tenders:read'],
          expiresAt: inAYear().toISOString(),
        })
      ).status,
    ).toBe(403);

    const listed = await call('GET', '/api/v1/api-keys', vendor.headers);
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(token.split('.')[1]);
    expect(text).not.toMatch(secretLooking);
    const { keys } = JSON.parse(text) as { keys: { id: string; name: string }[] };
    expect(keys).toEqual([expect.objectContaining({ id: key.id, name: 'ERP integration' })]);

    const revoked = await call('DELETE', `/api/v1/api-keys/${key.id}`, vendor.headers);
    expect(revoked.status).toBe(204);
    // The next request with the key is anonymous: a protected operation says 401.
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(401);
    const after = (await (await call('GET', '/api/v1/api-keys', vendor.headers)).json()) as {
      keys: { id: string; revokedAt: string | null }[];
    };
    expect(after.keys[0]!.revokedAt).not.toBeNull();
  });

  it('hides one vendor’s keys from another: not listed, and revoking answers 404', async () => {
    const vendorA = await signIn('vendor');
    const vendorB = await signIn('vendor');
    const created = await call('POST', '/api/v1/api-keys', vendorA.headers, {
      name: 'A',
      scopes: ['tenders:read'],
      expiresAt: inAYear().toISOString(),
    });
    const { key } = (await created.json()) as { key: { id: string } };

    const listedByB = (await (await call('GET', '/api/v1/api-keys', vendorB.headers)).json()) as {
      keys: unknown[];
    };
    expect(listedByB.keys).toEqual([]);
    expect((await call('DELETE', `/api/v1/api-keys/${key.id}`, vendorB.headers)).status).toBe(404);
    expect((await call('DELETE', '/api/v1/api-keys/nosuchkey', vendorB.headers)).status).toBe(404);

    const listedByA = (await (await call('GET', '/api/v1/api-keys', vendorA.headers)).json()) as {
      keys: { id: string; revokedAt: string | null }[];
    };
    expect(listedByA.keys).toEqual([expect.objectContaining({ id: key.id, revokedAt: null })]);
  });

  it('issues a new invitation link that lives as configured, and resets a user’s TOTP', async () => {
    const shortLinks = createApp({
      ...deps,
      config: loadConfig({ PUBLIC_ORIGIN: 'https://tenderwise.example', INVITATION_HOURS: '24' }),
    });
    const admin = await signIn('admin');
    const headers = { ...admin.headers, 'sec-fetch-site': 'same-origin' };
    const organisation = await seedOrganisation(db, 'authority');
    const created = await shortLinks.request(`/api/v1/organisations/${organisation.id}/users`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `new-${organisation.id}@example.org`,
        displayName: 'New Officer',
        role: 'officer',
      }),
    });
    expect(created.status).toBe(201);
    const { user, invitation: first } = (await created.json()) as {
      user: { id: string };
      invitation: { url: string; expiresAt: string };
    };
    const now = Date.parse((await clock.now()).toISOString());
    expect(Date.parse(first.expiresAt) - now).toBe(24 * 3_600_000);

    const issued = await shortLinks.request(`/api/v1/users/${user.id}/invitation`, {
      method: 'POST',
      headers,
    });
    expect(issued.status).toBe(201);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const { invitation } = (await issued.json()) as { invitation: { url: string } };
    expect(invitation.url).toMatch(/^https:\/\/tenderwise\.example\/invitation\/[a-z2-7]{32}$/);
    expect(invitation.url).not.toBe(first.url);

    const officer = await signIn('officer');
    const reset = await call('POST', `/api/v1/users/${officer.user.id}/totp/reset`, headers);
    expect(reset.status).toBe(204);
    // The officer's session ended with the reset.
    const listed = await call('GET', '/api/v1/account/sessions', officer.headers);
    expect(listed.status).toBe(401);
    expect((await call('POST', `/api/v1/users/${randomUUID()}/totp/reset`, headers)).status).toBe(
      404,
    );
  });
});
