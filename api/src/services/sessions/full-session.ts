import type { Kysely } from 'kysely';
import { findTotpSecret } from '../../db/repositories/users.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { sessionStageOf } from './session-stage.ts';
import { validateSessionToken, type ValidatedSession } from '../../security/sessions/sessions.ts';
import type { SessionLifetimes } from '../../domain/accounts/lifetimes.ts';

/**
 * A pending session lives only as long as typing a code takes (second step), or setting up an
 * authenticator app (enrolment): a stolen pending token is worth little, and an abandoned login
 * does not linger.
 */
export const pendingSessionLifetimes = {
  totp: { idleMs: 5 * 60_000, absoluteMs: 10 * 60_000 },
  enrolment: { idleMs: 15 * 60_000, absoluteMs: 30 * 60_000 },
} as const satisfies Record<string, SessionLifetimes>;

/**
 * The live session behind a token, if it is the session the caller acts with (`ctx.principal`,
 * which `authorize` has admitted); otherwise null, as for a token of no live session. Over HTTP
 * both come from the same cookie; a verb called directly must be given the session of the
 * principal it acts as, so one user's principal can never act on another's session.
 */
export async function sessionOfCaller(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<ValidatedSession | null> {
  const { principal } = ctx;
  if (principal.kind !== 'user') return null;
  const current = await validateSessionToken(
    ctx.db,
    ctx.clock,
    typeof sessionToken === 'string' ? sessionToken : '',
  );
  return current !== null && current.session.id === principal.sessionId ? current : null;
}

/**
 * The caller's session behind a token, if it may act fully; otherwise the same "please log in"
 * as for no session at all. The policy table has refused a pending session already where the
 * role needs a second factor; a user who chose TOTP without needing it has a pending session
 * too (stage `totp`, see `session-stage.ts`), which the principal does not tell, so it gets no
 * further than the second step either.
 */
export async function requireFullSession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<ValidatedSession> {
  const current = await sessionOfCaller(ctx, sessionToken);
  if (current === null) throw new UnauthenticatedError('Please log in.');
  const stage = sessionStageOf({
    mfaVerified: current.session.mfa_verified,
    role: current.user.role,
    totpEnrolled: await hasTotp(ctx.db, current.user.id),
  });
  if (stage !== 'full') throw new UnauthenticatedError('Please complete the login first.');
  return current;
}

export async function hasTotp(db: Kysely<DB>, userId: string): Promise<boolean> {
  return (await findTotpSecret(db, userId)) !== null;
}

export function fullLifetimes(ctx: ServiceContext): SessionLifetimes {
  return ctx.settings.sessionLifetimes;
}
