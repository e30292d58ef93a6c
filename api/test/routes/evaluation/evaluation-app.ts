import { ContractValueInput } from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import { canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { openingHolders, passphraseOf } from '../../services/bid-vault/vault-tender.ts';
import { evaluationScheme } from '../../services/tender-evaluation/evaluation-tender.ts';
import { authorityPeople, readyTender } from '../../services/tender-schemes/ready-tender.ts';

export interface Caller {
  id: string;
  headers: Record<string, string>;
}

export interface Answer {
  status: number;
  json: any;
  text: string;
}

/**
 * The application on a test database with a draft vault tender ready for publication whose lot 1
 * carries the evaluation fixtures' scheme and whose team has two evaluators; the people signed in,
 * and `call` to use the API as a client would (a session cookie, or a vendor's API key).
 */
export async function evaluationApp(db: Kysely<DB>) {
  const clock = fixedClock('2026-01-15T09:00:00.000Z');
  const config = loadConfig({});
  const app = createApp({
    db,
    clock,
    config,
    logger: createLogger(process.env.TEST_LOG === '1' ? 'error' : 'silent'),
  });
  const cookie = sessionCookieName(config);
  await catalogueLoaded(db, clock);
  const people = await authorityPeople(db);
  const tenderId = await readyTender(db, people);
  await db
    .updateTable('tender_lot')
    .set({ scheme_draft: canonicalJson(evaluationScheme()) })
    .where('tender_id', '=', tenderId)
    .execute();
  const value = ContractValueInput.parse({
    contractKind: 'suppliesServices',
    lots: [{ id: 'lot-1', basis: { kind: 'totalPrice', amount: '900000' } }],
  });
  await db
    .updateTable('tender')
    .set({ bid_intake: 'vault', estimated_value: canonicalJson(value) })
    .where('id', '=', tenderId)
    .execute();
  const evaluators: User[] = [];
  for (let index = 0; index < 2; index += 1) {
    const evaluator = await seedUser(db, 'officer', people.organisationId);
    await insertTeamMember(db, {
      tenderId,
      userId: evaluator.id,
      capacity: 'evaluator',
      deputyForUserId: null,
      addedBy: people.lead.id,
      at: new Date('2026-01-05T10:00:00Z'),
    });
    evaluators.push(evaluator);
  }
  await db
    .updateTable('tender_team_member')
    .set({ declared_at: new Date('2026-01-05T10:00:00Z'), declaration_version: '1' })
    .where('tender_id', '=', tenderId)
    .execute();
  const holders = await openingHolders(db, tenderId);

  async function sessionOf(user: { id: string }): Promise<Caller> {
    const { token } = await createSession(db, clock, { userId: user.id, mfaVerified: true });
    return { id: user.id, headers: { cookie: `${cookie}=${token}` } };
  }

  async function call(
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const response = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...caller?.headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, json, text };
  }

  /** Calls and expects the status (a success when none is given); returns the parsed body. */
  async function ok(
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
    status?: number,
  ): Promise<any> {
    const answer = await call(caller, method, path, body);
    const said = `${method} ${path}: ${answer.text}`;
    if (status === undefined) expect(answer.status, said).toBeOneOf([200, 201, 204]);
    else expect(answer.status, said).toBe(status);
    return answer.json;
  }

  /** A vendor organisation's user and an API key of it that may submit bids. */
  async function vendorWithKey(): Promise<{ user: Caller; key: Caller }> {
    const user = await sessionOf(await seedUser(db, 'vendor'));
    const created = await ok(
      user,
      'POST',
      '/api-keys',
      { name: 'Angebotsabgabe', scopes: ['bids:submit'], expiresAt: '2026-12-31T00:00:00Z' },
      201,
    );
    return {
      user,
      key: { id: created.key.id, headers: { authorization: `Bearer ${created.token}` } },
    };
  }

  /** The holders set their passphrases; the lead asks for publication, the second officer approves. */
  async function publish(): Promise<void> {
    for (const holder of holders) {
      await ok(await sessionOf(holder.user), 'PUT', `/tenders/${tenderId}/opening-key`, {
        passphrase: passphraseOf(holder.user.id),
      });
    }
    const lead = await sessionOf(people.lead);
    const { version } = await ok(lead, 'GET', `/tenders/${tenderId}`);
    const requested = await ok(lead, 'POST', `/tenders/${tenderId}/publication-request`, {
      version,
    });
    await ok(await sessionOf(people.second), 'POST', `/tenders/${tenderId}/publication`, {
      version: requested.version,
    });
  }

  /** After the deadline, two opening officers open the bids jointly (§ 55 VgV). */
  async function openJointly(): Promise<void> {
    clock.set('2026-03-02T12:00:00.000Z');
    const [first, second] = holders.filter((holder) => holder.capacity === 'openingOfficer');
    const a = await sessionOf(first!.user);
    const b = await sessionOf(second!.user);
    const session = await ok(a, 'POST', `/tenders/${tenderId}/opening-sessions`, undefined, 201);
    for (const [caller, holder] of [
      [a, first!],
      [b, second!],
    ] as const) {
      await ok(caller, 'POST', `/tenders/${tenderId}/opening-sessions/${session.id}/presence`, {
        passphrase: holder.passphrase,
      });
    }
    await ok(a, 'POST', `/tenders/${tenderId}/opening-sessions/${session.id}/opening`);
  }

  return {
    app,
    clock,
    tenderId,
    people,
    evaluators,
    holders,
    call,
    ok,
    sessionOf,
    vendorWithKey,
    publish,
    openJointly,
  };
}
