import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { generateSecret } from '../../../src/security/credentials/tokens.ts';
import {
  createTotpSecret,
  hotpCode,
  totpCounterAt,
} from '../../../src/security/credentials/index.ts';
import type { Clock } from '../../../src/clock.ts';
import { setTotpSecret } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import { userWithPassword } from '../../routes/account/app.ts';
import { seedInvitation, seedUser } from '../../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { freshAddress, limitedApp } from './app.ts';

// Each test sends tens to hundreds of requests, some with Argon2 work: seconds, more when busy.
vi.setConfig({ testTimeout: 120_000 });

const base = '/api/v1/account';
const password = 'CANARY-pw-seven ferries at low tide';

/** An officer with TOTP set up, and a way to open pending sessions (waiting for a code) of theirs. */
async function officerWithTotp(db: Kysely<DB>, clock: Clock, cookieName: string) {
  const officer = await seedUser(db, 'officer');
  const key = createTotpSecret();
  await setTotpSecret(db, officer.id, key);
  return {
    async pendingCookie() {
      const { token } = await createSession(db, clock, { userId: officer.id, mfaVerified: false });
      return `${cookieName}=${token}`;
    },
    async code() {
      return hotpCode(key, totpCounterAt(await clock.now()));
    },
  };
}

describeDatabase('rate limits of the other account steps', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('limits TOTP and recovery codes together per user, across pending sessions', async () => {
    const { send, clock, config } = limitedApp(database.db);
    const officer = await officerWithTotp(database.db, clock, sessionCookieName(config));
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      // A new pending session each time, as after logging in again with the password.
      const path = i % 2 === 0 ? `${base}/login/totp` : `${base}/login/recovery-code`;
      const code = i % 2 === 0 ? '000000' : 'aaaaa-aaaaa-aaaaa-aaaaa-aaaaa';
      const response = await send(address, path, {
        body: { code },
        headers: { cookie: await officer.pendingCookie() },
      });
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('180');
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The right code is refused as well until the limit allows another attempt.
    const right = await send(address, `${base}/login/totp`, {
      body: { code: await officer.code() },
      headers: { cookie: await officer.pendingCookie() },
    });
    expect(right.status).toBe(429);
  });

  it('forgives wrong codes once a right one was given', async () => {
    const { send, clock, config } = limitedApp(database.db);
    const officer = await officerWithTotp(database.db, clock, sessionCookieName(config));
    const address = freshAddress();
    const attempt = async (code: string) =>
      (
        await send(address, `${base}/login/totp`, {
          body: { code },
          headers: { cookie: await officer.pendingCookie() },
        })
      ).status;
    for (let i = 0; i < 4; i++) expect(await attempt('000000')).toBe(401);
    expect(await attempt(await officer.code())).toBe(200);
    clock.advance(30_000);
    for (let i = 0; i < 5; i++) expect(await attempt('000000')).toBe(401);
    expect(await attempt('000000')).toBe(429);
  });

  it('limits password changes per user, from whichever address', async () => {
    const { send, clock, config } = limitedApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);
    const { token } = await createSession(database.db, clock, {
      userId: reviewer.id,
      mfaVerified: false,
    });
    const cookie = `${sessionCookieName(config)}=${token}`;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // From changing addresses: the limit belongs to the account.
      const response = await send(freshAddress(), `${base}/password`, {
        body: { currentPassword: `wrong ${i}`, newPassword: 'an entirely new passphrase, long' },
        headers: { cookie },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(422), 429, 429]);
  });

  it('counts removing one’s own TOTP against the same budget, so it cannot guess passwords', async () => {
    const { send, clock, config } = limitedApp(database.db);
    const reviewer = await userWithPassword(database.db, 'reviewer', password);
    const { token } = await createSession(database.db, clock, {
      userId: reviewer.id,
      mfaVerified: false,
    });
    const cookie = `${sessionCookieName(config)}=${token}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await send(freshAddress(), `${base}/password`, {
        body: { currentPassword: `wrong ${i}`, newPassword: 'an entirely new passphrase, long' },
        headers: { cookie },
      });
      statuses.push(response.status);
    }
    for (let i = 0; i < 6; i++) {
      const response = await send(freshAddress(), `${base}/totp/reset`, {
        body: { password: `wrong ${i}` },
        headers: { cookie },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(422), 429, 429]);
  });

  it('limits invitation acceptances per token and per address; refused passwords do not count', async () => {
    const { send } = limitedApp(database.db);
    const address = freshAddress();
    const accept = (token: string, pw = password, from = address) =>
      send(from, `${base}/invitations/accept`, { body: { token, password: pw } }).then(
        (response) => response.status,
      );

    // Passwords the policy refuses are answered before the limit and cost no Argon2 work.
    for (let i = 0; i < 30; i++) expect(await accept(generateSecret(), 'short')).toBe(422);

    const { token } = await seedInvitation(database.db);
    const sameToken: number[] = [];
    for (let i = 0; i < 6; i++) sameToken.push(await accept(token, password, freshAddress()));
    // Accepted once, then "used already", then limited.
    expect(sameToken).toEqual([204, 409, 409, 409, 409, 429]);

    const manyTokens: number[] = [];
    for (let i = 0; i < 21; i++) manyTokens.push(await accept(generateSecret()));
    expect(manyTokens.slice(0, 20)).not.toContain(429);
    expect(manyTokens[20]).toBe(429);
  });

  it('limits invitation checks per token and per address, apart from acceptances', async () => {
    const { send } = limitedApp(database.db);
    const check = (token: string, from: string) =>
      send(from, `${base}/invitations/check`, { body: { token } }).then(
        (response) => response.status,
      );

    const { token } = await seedInvitation(database.db);
    const sameToken: number[] = [];
    for (let i = 0; i < 11; i++) sameToken.push(await check(token, freshAddress()));
    expect(sameToken).toEqual([...Array<number>(10).fill(200), 429]);
    // Looking at the page so often used up nothing of the attempts to accept.
    const accepted = await send(freshAddress(), `${base}/invitations/accept`, {
      body: { token, password },
    });
    expect(accepted.status).toBe(204);

    const address = freshAddress();
    const manyTokens: number[] = [];
    for (let i = 0; i < 41; i++) manyTokens.push(await check(generateSecret(), address));
    expect(manyTokens.slice(0, 40)).toEqual(Array<number>(40).fill(200));
    expect(manyTokens[40]).toBe(429);
  });
});
