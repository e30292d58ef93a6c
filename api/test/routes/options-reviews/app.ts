import type { Kysely } from 'kysely';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { seedOrganisation, seedUser } from '../../services/accounts/fixtures.ts';

/** A signed-in user of the tests: the account and the headers that make a request theirs. */
export interface Caller {
  id: string;
  organisationId: string;
  headers: Record<string, string>;
}

/**
 * The application on a test database, with helpers to sign people in and call it as a browser
 * on our own pages would.
 */
export function reviewsApp(db: Kysely<DB>) {
  const clock = fixedClock();
  const config = loadConfig({});
  const app = createApp({ db, clock, config, logger: createLogger('silent') });
  const cookie = sessionCookieName(config);

  async function signIn(role: Role, organisationId?: string): Promise<Caller> {
    const user = await seedUser(db, role, organisationId);
    const mfaVerified = role === 'admin' || role === 'officer';
    const { token } = await createSession(db, clock, { userId: user.id, mfaVerified });
    return {
      id: user.id,
      organisationId: user.organisation_id,
      headers: { cookie: `${cookie}=${token}` },
    };
  }

  async function call(
    caller: Caller,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: any }> {
    const response = await app.request(`/api/v1/options-reviews${path}`, {
      method,
      headers: {
        ...caller.headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  /** An authority with a lead officer, a fellow officer and a reviewer, all signed in. */
  async function authority() {
    const { id } = await seedOrganisation(db, 'authority');
    return {
      id,
      lead: await signIn('officer', id),
      officer: await signIn('officer', id),
      reviewer: await signIn('reviewer', id),
    };
  }

  /** A new review led by `lead`, with `members` added; its id. */
  async function review(lead: Caller, members: Caller[] = [], referenceDate = '2027-01-15') {
    const created = await call(lead, 'POST', '', {
      title: 'Kollaborationsplattform',
      purpose: 'Drei Wege vergleichen',
      referenceDate,
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const id = created.body.id as string;
    for (const member of members) {
      const added = await call(lead, 'POST', `/${id}/members`, { userId: member.id });
      if (added.status !== 200) throw new Error(JSON.stringify(added.body));
    }
    return id;
  }

  return { app, clock, signIn, call, authority, review };
}
