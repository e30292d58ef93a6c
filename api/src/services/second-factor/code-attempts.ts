import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { TOTP_SECRET_BYTES } from '../../security/credentials/index.ts';
import { countFailedCode } from '../../db/repositories/sessions.ts';
import { ConflictError, UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { fullLifetimes, sessionOfCaller } from '../sessions/full-session.ts';
import { sessionStage, type SessionStage } from '../sessions/session-stage.ts';
import {
  createSession,
  type CreatedSession,
  type ValidatedSession,
} from '../../security/sessions/sessions.ts';

/** One message for a wrong, malformed or replayed code: the reason goes to the audit log only. */
export const codeRefusedMessage = 'The code is not valid. Please try again.';

export interface SecondStepInput {
  /** The pending session from `loginWithPassword`. */
  sessionToken: string;
  code: string;
}

/**
 * Wrong codes a pending session may send before it ends. Five tries at a one-in-a-million code
 * (three valid steps) give an attacker with the password about 1.5 · 10⁻⁵ per password entry;
 * a person mistyping twice or thrice still gets in.
 */
export const secondFactorAttemptsPerSession = 5;

/**
 * Runs a second step; when the code is refused, counts the failure on the pending session and
 * ends the session at {@link secondFactorAttemptsPerSession}. The count is written after the
 * step's transaction rolled back, so it stays.
 */
export async function countingFailures<T>(
  ctx: ServiceContext,
  pending: ValidatedSession,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof UnauthenticatedError && !ctx.db.isTransaction) {
      await countFailedCode(ctx.db, pending.session.id, secondFactorAttemptsPerSession);
    }
    throw error;
  }
}

/** Thrown inside the enrolment transaction so that it rolls back; turned into a ValidationError. */
export class CodeRefused extends ValidationError {}

/**
 * The caller's session behind a token, if it is at one of the allowed stages of the sign-in. The
 * policy table has admitted the caller (a row marked `beforeMfa` admits a half-signed-in
 * session); the stage tells apart what the principal does not: waiting for a code (`totp`),
 * setting up TOTP (`enrolment`) or signed in (`full`).
 */
export async function requireStage(
  ctx: ServiceContext,
  sessionToken: string,
  allowed: readonly SessionStage[],
): Promise<ValidatedSession> {
  const current = await sessionOfCaller(ctx, sessionToken);
  if (current === null) throw new UnauthenticatedError('Please log in.');
  if (!allowed.includes(await sessionStage(ctx.db, current))) {
    throw new UnauthenticatedError('This session cannot do that. Please log in again.');
  }
  return current;
}

export function replaceWithVerifiedSession(
  ctx: ServiceContext,
  trx: Parameters<typeof createSession>[0],
  previous: ValidatedSession,
): Promise<CreatedSession> {
  return createSession(
    trx,
    ctx.clock,
    {
      userId: previous.user.id,
      mfaVerified: true,
      replacesSessionId: previous.session.id,
      userAgent: previous.session.user_agent,
      ipAddress: previous.session.ip_address,
    },
    fullLifetimes(ctx),
  );
}

export function decodeKey(secret: string): Uint8Array {
  let key: Uint8Array | undefined;
  try {
    key = decodeBase32IgnorePadding(String(secret).replace(/\s+/g, '').toUpperCase());
  } catch {
    key = undefined;
  }
  if (key === undefined || key.length !== TOTP_SECRET_BYTES) {
    throw new ValidationError('TOTP cannot be set up.', [
      { in: 'body', pointer: '/secret', detail: 'Start the set-up again.' },
    ]);
  }
  return key;
}

export function alreadyEnrolled(): ConflictError {
  return new ConflictError('TOTP is set up already. An administrator can reset it.');
}
