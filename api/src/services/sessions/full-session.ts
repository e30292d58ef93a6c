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
 * The session behind a token, if it may act fully; otherwise the same "please log in" as for
 * no session at all. Pending sessions (mfa_verified false for a role or user that needs TOTP)
 * get no further than the second step.
 */
export async function requireFullSession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<ValidatedSession> {
  const current = await validateSessionToken(
    ctx.db,
    ctx.clock,
    typeof sessionToken === 'string' ? sessionToken : '',
  );
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
