import type { Kysely } from 'kysely';
import type {
  ApiKeyPrincipal,
  Principal,
  UserPrincipal,
} from '../../../src/security/access/principal.ts';
import { createApiKey } from '../../../src/services/api-keys/create-api-key.ts';
import { serviceContextFor } from '../../harness/service-context.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import type { Clock } from '../../../src/clock.ts';
import type { Config } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { seedOrganisation, seedUser } from '../../services/accounts/fixtures.ts';

/** One caller of the matrix: who it is, and the headers that make a request theirs. */
export interface TestPrincipal {
  name: string;
  principal: Principal;
  headers: Record<string, string>;
}

/** The organisations and callers every access test runs with (TESTPLAN.md, S1). */
export interface World {
  organisations: {
    authorityA: string;
    authorityB: string;
    vendorA: string;
    vendorB: string;
  };
  principals: TestPrincipal[];
  byName(name: string): TestPrincipal;
}

export const principalNames = [
  'anonymous',
  'vendor A',
  'vendor A (API key)',
  'vendor B',
  'officer 1',
  'officer 2',
  'reviewer',
  'admin',
  'officer of another authority',
] as const;

/**
 * Creates the organisations and callers on a migrated database: officers 1 and 2, the reviewer
 * and the admin in authority A; another authority's officer; vendors A and B signed in, and
 * vendor A's API key with every scope. Every test run creates its own, so no id is fixed.
 */
export async function createWorld(db: Kysely<DB>, clock: Clock, config: Config): Promise<World> {
  const cookie = sessionCookieName(config);
  const authorityA = (await seedOrganisation(db, 'authority')).id;
  const authorityB = (await seedOrganisation(db, 'authority')).id;
  const vendorA = (await seedOrganisation(db, 'vendor')).id;
  const vendorB = (await seedOrganisation(db, 'vendor')).id;

  const signedIn = async (name: string, role: Role, organisationId: string) => {
    const user = await seedUser(db, role, organisationId);
    const mfaVerified = role === 'officer' || role === 'admin';
    const { token, session } = await createSession(db, clock, { userId: user.id, mfaVerified });
    const principal: UserPrincipal = {
      kind: 'user',
      userId: user.id,
      organisationId,
      role,
      mfaVerified,
      secondFactorPending: false,
      sessionId: session.id,
    };
    return { name, principal, headers: { cookie: `${cookie}=${token}` } };
  };

  const vendorAUser = await signedIn('vendor A', 'vendor', vendorA);
  const key = await createApiKey({
    ctx: serviceContextFor(db, clock, vendorAUser.principal),
    input: {
      name: 'matrix',
      scopes: ['tenders:read', 'self-assessment:write', 'bids:submit'],
      expiresAt: new Date((await clock.now()).getTime() + 30 * 24 * 3_600_000),
    },
  });
  const keyPrincipal: ApiKeyPrincipal = {
    kind: 'apiKey',
    keyId: key.key.id,
    organisationId: vendorA,
    scopes: key.key.scopes as ApiKeyPrincipal['scopes'],
  };

  const principals: TestPrincipal[] = [
    { name: 'anonymous', principal: { kind: 'anonymous' }, headers: {} },
    vendorAUser,
    {
      name: 'vendor A (API key)',
      principal: keyPrincipal,
      headers: { authorization: `Bearer ${key.token}` },
    },
    await signedIn('vendor B', 'vendor', vendorB),
    await signedIn('officer 1', 'officer', authorityA),
    await signedIn('officer 2', 'officer', authorityA),
    await signedIn('reviewer', 'reviewer', authorityA),
    await signedIn('admin', 'admin', authorityA),
    await signedIn('officer of another authority', 'officer', authorityB),
  ];
  return {
    organisations: { authorityA, authorityB, vendorA, vendorB },
    principals,
    byName(name) {
      const found = principals.find((candidate) => candidate.name === name);
      if (found === undefined) throw new Error(`No principal ${name}`);
      return found;
    },
  };
}
