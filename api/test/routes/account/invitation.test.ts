import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../src/app.ts';
import { createOrganisation } from '../../../src/services/organisations/create-organisation.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import type { FixedClock } from '../../../src/clock.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { accountApp, post } from './app.ts';
import { operatorPrincipal, serviceContextFor } from '../../harness/service-context.ts';

const base = '/api/v1/account';
const goodPassword = 'CANARY-pw-seven herons above the canal';

describeDatabase('invitation routes', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  /** Erika Mustermann of Stadt Musterhausen, invited: the token of her link, her authority. */
  async function inviteErika(clock: FixedClock) {
    const ctx = serviceContextFor(database.db, clock, operatorPrincipal());
    const suffix = Math.random().toString(36).slice(2, 10);
    const organisation = await createOrganisation({
      ctx,
      input: { kind: 'authority', name: `Stadt Musterhausen ${suffix}` },
    });
    const { invitation } = await createUser({
      ctx,
      input: {
        organisationId: organisation.id,
        email: `erika.mustermann.${suffix}@musterhausen.example`,
        displayName: 'Erika Mustermann',
        role: 'reviewer',
      },
    });
    return { token: invitation.token, authority: organisation.name };
  }

  it('refuses a password made of the invitee’s own name or address, as the README promises', async () => {
    const { app, clock } = accountApp(database.db);
    const { token, authority } = await inviteErika(clock);
    for (const [password, code] of [
      ['Erika Mustermann', 'contains-personal-data'],
      ['mustermann-passwort-2026', 'contains-personal-data'],
      ['erika.mustermann.geheim', 'contains-personal-data'],
      [`${authority.toLowerCase()} rathaus`, 'contains-context-word'],
    ] as const) {
      const refused = await app.request(...post(`${base}/invitations/accept`, { token, password }));
      expect(refused.status, password).toBe(422);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await refused.json()) as { errors: { pointer: string; detail: string }[] };
      expect(problem.errors, password).toContainEqual(
        expect.objectContaining({ pointer: '/password', detail: code }),
      );
    }
    // The link still works for a password of her own choosing.
    const accepted = await app.request(
      ...post(`${base}/invitations/accept`, { token, password: goodPassword }),
    );
    expect(accepted.status).toBe(204);
  });

  it('tells the page whether a link is valid, used, expired or invalid, and nothing else', async () => {
    const { app, clock } = accountApp(database.db);
    const check = async (token: string) => {
      const response = await app.request(...post(`${base}/invitations/check`, { token }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      return (await response.json()) as unknown;
    };

    const { token: used } = await inviteErika(clock);
    expect(await check(used)).toEqual({ status: 'valid' });
    const accepted = await app.request(
      ...post(`${base}/invitations/accept`, { token: used, password: goodPassword }),
    );
    expect(accepted.status).toBe(204);
    expect(await check(used)).toEqual({ status: 'used' });

    const { token: expiring } = await inviteErika(clock);
    clock.advance(72 * 3_600_000);
    expect(await check(expiring)).toEqual({ status: 'expired' });

    expect(await check('a'.repeat(32))).toEqual({ status: 'invalid' });
    expect(await check('not a token at all')).toEqual({ status: 'invalid' });
  });

  it('answers a link that names no invitation with 404, which the document declares', async () => {
    const { app } = accountApp(database.db);
    const refused = await app.request(
      ...post(`${base}/invitations/accept`, { token: 'a'.repeat(32), password: goodPassword }),
    );
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const operation = buildOpenApiDocument().paths?.['/api/v1/account/invitations/accept']?.post;
    expect(Object.keys(operation?.responses ?? {})).toContain('404');
  });

  it('changes nothing when checking, so a link checked many times still works', async () => {
    const { app, clock } = accountApp(database.db);
    const { token } = await inviteErika(clock);
    for (let i = 0; i < 3; i++) {
      await app.request(...post(`${base}/invitations/check`, { token }));
    }
    const accepted = await app.request(
      ...post(`${base}/invitations/accept`, { token, password: goodPassword }),
    );
    expect(accepted.status).toBe(204);
  });
});
