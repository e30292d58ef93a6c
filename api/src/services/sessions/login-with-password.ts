import { passwordHashingOr, PASSWORD_MAX_LENGTH } from '../../security/credentials/index.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findCredentialsByEmail, setPasswordHash } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { sessionStageOf, type SessionStage } from './session-stage.ts';
import { createSession, type CreatedSession } from '../../security/sessions/sessions.ts';
import type { SessionLifetimes } from '../../domain/accounts/lifetimes.ts';
import { pendingSessionLifetimes, hasTotp, fullLifetimes } from './full-session.ts';

/**
 * The one answer to every failed login: unknown e-mail address, wrong password, disabled account
 * or organisation, account without a password yet. Telling them apart would tell an attacker
 * which addresses have accounts (ASVS 6.3.8).
 */
export const loginFailedMessage = 'The e-mail address or the password is not correct.';

export interface LoginWithPasswordInput {
  email: string;
  password: string;
  userAgent?: string | null;
  ipAddress?: string | null;
}

export type LoginResult =
  /** Logged in: the session may do whatever the user's role allows. */
  | { state: 'authenticated'; session: CreatedSession }
  /** The password was right; the session may only complete the login with a TOTP or recovery code. */
  | { state: 'totp-required'; session: CreatedSession }
  /** The role needs TOTP, which is not set up yet; the session may only enrol it. */
  | { state: 'totp-enrolment-required'; session: CreatedSession };

/**
 * First login step. The user is looked up by e-mail address ignoring case; an unknown user's
 * password is verified against the dummy hash, so each failure costs the same Argon2 work and
 * gets the same {@link UnauthenticatedError}. On success the session's stage follows from the
 * role and the second factor (see `session-stage.ts`); a hash made with weaker parameters than
 * today's is replaced by a new one.
 */
export async function loginWithPassword({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: LoginWithPasswordInput;
}): Promise<LoginResult> {
  // Open to everybody (the caller has no session yet); the policy table says so.
  await authorize(ctx, { operationId: 'loginWithPassword' });
  const passwords = passwordHashingOr(ctx.passwordHashing);
  const email = typeof input.email === 'string' ? input.email.trim() : '';
  const password = typeof input.password === 'string' ? input.password : '';
  // A password longer than any the policy accepts cannot be right; its length is still not told.
  const candidate = password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const found =
    email === '' || email.length > 254 ? undefined : await findCredentialsByEmail(ctx.db, email);

  if (found === undefined || found.password_hash === null) {
    await passwords.verifyAgainstDummy(candidate);
    // A mistyped address may be a password typed into the wrong field: it is not recorded.
    await auditRefused(ctx, {
      action: 'auth.login.failed',
      actor: null,
      object: found === undefined ? null : { type: 'user', id: found.id },
    });
    throw new UnauthenticatedError(loginFailedMessage);
  }
  const storedHash = found.password_hash;
  const matches =
    (await passwords.verifyPassword({ hash: storedHash, password: candidate })) &&
    candidate.length === password.length;
  const organisation = await findOrganisationById(ctx.db, found.organisation_id);
  const active = found.disabled_at === null && organisation?.disabled_at === null;
  const userRef = { type: 'user', id: found.id } as const;
  if (!matches || !active) {
    await auditRefused(ctx, { action: 'auth.login.failed', actor: null, object: userRef });
    throw new UnauthenticatedError(loginFailedMessage);
  }

  const rehashed = passwords.needsRehash(storedHash)
    ? await passwords.hashPassword(password)
    : null;
  const totpEnrolled = await hasTotp(ctx.db, found.id);
  const stage = sessionStageOf({ mfaVerified: false, role: found.role, totpEnrolled });
  return withTransaction<DB, LoginResult>(ctx.db, async (trx) => {
    if (rehashed !== null) {
      // The password itself is unchanged, and so is the time it was last changed.
      const now = await ctx.clock.now<DB>(trx);
      await setPasswordHash(trx, found.id, rehashed, found.password_changed_at ?? now);
    }
    const session = await createSession(
      trx,
      ctx.clock,
      {
        userId: found.id,
        mfaVerified: false,
        userAgent: input.userAgent ?? null,
        ipAddress: input.ipAddress ?? null,
      },
      stage === 'full' ? fullLifetimes(ctx) : pendingLifetimes(stage),
    );
    const actor = { type: 'user', id: found.id };
    if (stage === 'full') {
      await auditSucceeded(trx, ctx, { action: 'auth.login.succeeded', actor, object: userRef });
      return { state: 'authenticated', session };
    }
    await auditSucceeded(trx, ctx, { action: 'auth.password.verified', actor, object: userRef });
    return stage === 'totp'
      ? { state: 'totp-required', session }
      : { state: 'totp-enrolment-required', session };
  });
}

export function pendingLifetimes(stage: Exclude<SessionStage, 'full'>): SessionLifetimes {
  return stage === 'totp' ? pendingSessionLifetimes.totp : pendingSessionLifetimes.enrolment;
}
