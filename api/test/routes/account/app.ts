import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';
import { createApp } from '../../../src/app.ts';
import { hotpCode, totpCounterAt } from '../../../src/security/credentials/index.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { setPasswordHash } from '../../../src/db/repositories/users.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import { captureLogs } from '../../http/test-app.ts';

/** The application (account routes under `/api/v1/account`) on a fixed clock, logs captured. */
export function accountApp(db: Kysely<DB>, env: Record<string, string> = {}) {
  const clock = fixedClock();
  const logs = captureLogs();
  const config = loadConfig(env);
  const app = createApp({
    db,
    clock,
    config,
    logger: logs.logger,
    passwordHashing: testPasswordHashing,
  });
  return { app, clock, logs, config };
}

/** A user of a new organisation with a real (cheap) Argon2id hash of `password`. */
export async function userWithPassword(db: Kysely<DB>, role: Role, password: string) {
  const user = await seedUser(db, role);
  await setPasswordHash(
    db,
    user.id,
    await testPasswordHashing.hashPassword(password),
    new Date('2026-01-01Z'),
  );
  return user;
}

/** The code an authenticator app shows for the base32 key at the clock's time. */
export async function totpCode(secret: string, clock: FixedClock): Promise<string> {
  return hotpCode(decodeBase32IgnorePadding(secret), totpCounterAt(await clock.now()));
}

/** The session cookie a response sets, as `name=value` for the next request's Cookie header. */
export function sessionCookieOf(response: Response): { pair: string; raw: string } {
  const raw = response.headers.getSetCookie().find((cookie) => !/=;/.test(cookie));
  if (raw === undefined) throw new Error('The response sets no session cookie');
  return { pair: raw.split(';')[0]!, raw };
}

export function post(path: string, body?: unknown, cookie?: string): [string, RequestInit] {
  return [
    path,
    {
      method: 'POST',
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        // What a browser sends with a request from our own pages.
        ...(cookie !== undefined && { cookie, 'sec-fetch-site': 'same-origin' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    },
  ];
}
