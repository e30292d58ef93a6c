import type { Kysely } from 'kysely';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { DB } from '../../../src/db/types.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger, type Logger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { vaultTender } from '../../services/bid-vault/vault-tender.ts';
import { authorityPeople } from '../../services/tender-schemes/ready-tender.ts';

export interface Caller {
  id: string;
  organisationId: string;
  headers: Record<string, string>;
}

/** A bid's content as a vendor sends it; `name` goes into the sealed content. */
export const bidBody = (name: string, amount = 812_000) => ({
  bidder: { kind: 'single', company: { name, country: 'DE' } },
  subcontractors: [],
  answers: {},
  price: { kind: 'totalPrice', amount },
  declarations: { art5k: true, exclusionGrounds: true },
  documents: [],
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
});

/**
 * The application on a test database with a published vault tender (`vaultTender`), its
 * authority's people signed in, and helpers to sign vendors in and call the API as our own pages
 * would.
 */
export async function bidsApp(db: Kysely<DB>, options: { logger?: Logger } = {}) {
  const clock = fixedClock('2026-01-15T09:00:00.000Z');
  const config = loadConfig({});
  const app = createApp({ db, clock, config, logger: options.logger ?? createLogger('silent') });
  const cookie = sessionCookieName(config);
  await catalogueLoaded(db, clock);
  const people = await authorityPeople(db);
  const { tenderId, holders } = await vaultTender(db, clock, people);

  async function sessionOf(user: { id: string; organisation_id: string }): Promise<Caller> {
    const { token } = await createSession(db, clock, { userId: user.id, mfaVerified: true });
    return {
      id: user.id,
      organisationId: user.organisation_id,
      headers: { cookie: `${cookie}=${token}` },
    };
  }

  async function call(
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const response = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...caller?.headers,
        ...headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, text: await response.text(), headers: response.headers };
  }

  return {
    app,
    clock,
    tenderId,
    holders,
    people,
    call,
    sessionOf,
    vendor: async () => sessionOf(await seedUser(db, 'vendor')),
  };
}
