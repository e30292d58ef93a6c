import { roleRequiresTotp, sessionStage } from '../../src/services/sessions/session-stage.ts';
import type { Kysely, Transaction } from 'kysely';
import { fixedClock, type Clock } from '../../src/clock.ts';
import type { DB } from '../../src/db/types.ts';
import type { Role } from '../../src/db/tables/accounts.ts';
import { createLogger } from '../../src/logger.ts';
import {
  anonymous,
  principalOfSession,
  type OperatorPrincipal,
  type Principal,
  type UserPrincipal,
} from '../../src/security/access/principal.ts';
import { validateSessionToken } from '../../src/security/sessions/sessions.ts';
import { defaultServiceSettings, type ServiceContext } from '../../src/services/context.ts';
import { testOpeningKeyCost } from './passwords.ts';
import {
  createApiKey,
  type CreateApiKeyInput,
  type CreatedApiKey,
} from '../../src/services/api-keys/create-api-key.ts';

/** The operator running `npm run seed`, as the seed command names it. */
export const seedOperator: OperatorPrincipal = Object.freeze({ kind: 'operator', name: 'seed' });

/**
 * A domain verb's context for calling a verb directly in a test: anonymous, a fixed clock, no
 * request, a silent logger and the default settings unless the test says otherwise.
 */
export function testServiceContext(
  db: Kysely<DB> | Transaction<DB>,
  overrides: Partial<Omit<ServiceContext, 'db'>> = {},
): ServiceContext {
  return serviceContextFor(db, fixedClock(), anonymous, overrides);
}

/**
 * A domain verb's context for a test that calls the verb directly: the given caller (anonymous
 * when omitted), no request id unless given, a logger that writes nothing, and the default
 * settings; anything else (settings, passwordHashing, requestId, a logger to inspect) as `more`.
 */
export function serviceContextFor(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  principal: Principal = anonymous,
  more: Partial<Omit<ServiceContext, 'db'>> = {},
): ServiceContext {
  return {
    db,
    clock,
    principal,
    requestId: null,
    logger: createLogger('silent'),
    settings: defaultServiceSettings,
    openingKeyCost: testOpeningKeyCost,
    ...more,
  };
}

/**
 * A signed-in user as the principal of a full session (second factor passed, where the role
 * needs one), from a stored user row or the fields the test has.
 */
export function userPrincipal(
  user: { id: string; organisation_id: string; role: Role },
  mfaVerified = true,
): UserPrincipal {
  return {
    kind: 'user',
    userId: user.id,
    organisationId: user.organisation_id,
    role: user.role,
    mfaVerified,
    // A test user has no TOTP unless the test sets one up: pending only where the role needs it.
    secondFactorPending: !mfaVerified && roleRequiresTotp(user.role),
    sessionId: `test-session-${user.id}`,
  };
}

/** A command or job on the server. */
export function operatorPrincipal(name = 'test'): OperatorPrincipal {
  return { kind: 'operator', name };
}

/**
 * The caller a session token stands for, as the HTTP edge resolves it from the session cookie;
 * anonymous when the token stands for no live session. Verbs that act on the caller's session
 * (logout, the second step, one's own sessions and password) are called with it.
 */
export async function principalOfSessionToken(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  token: string,
): Promise<Principal> {
  const validated = await validateSessionToken(db, clock, token);
  if (validated === null) return anonymous;
  const stage = await sessionStage(db, validated);
  return principalOfSession(validated, { secondFactorPending: stage !== 'full' });
}

/** An API key of the user's organisation, created by that user (signed in) through the verb. */
export function createApiKeyAs(
  db: Kysely<DB> | Transaction<DB>,
  clock: Clock,
  creator: { id: string; organisation_id: string; role: Role },
  input: CreateApiKeyInput,
): Promise<CreatedApiKey> {
  return createApiKey({ ctx: serviceContextFor(db, clock, userPrincipal(creator)), input });
}
