import type { Kysely } from 'kysely';
import {
  checkPassword,
  passwordHashingOr,
  PASSWORD_MAX_LENGTH,
  type PasswordProblem,
} from '../../security/credentials/index.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { deleteSession } from '../../db/repositories/sessions.ts';
import {
  findCredentialsByEmail,
  findTotpSecret,
  findUserById,
  setPasswordHash,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { sessionStageOf, type SessionStage } from './session-stage.ts';
import {
  createSession,
  invalidateOtherSessions,
  validateSessionToken,
  type CreatedSession,
  type ValidatedSession,
} from '../../security/sessions/sessions.ts';
import type { SessionLifetimes } from '../../domain/accounts/lifetimes.ts';

/**
 * The one answer to every failed login: unknown e-mail address, wrong password, disabled account
 * or organisation, account without a password yet. Telling them apart would tell an attacker
 * which addresses have accounts (ASVS 6.3.8).
 */
export const loginFailedMessage = 'The e-mail address or the password is not correct.';

/**
 * A pending session lives only as long as typing a code takes (second step), or setting up an
 * authenticator app (enrolment): a stolen pending token is worth little, and an abandoned login
 * does not linger.
 */
export const pendingSessionLifetimes = {
  totp: { idleMs: 5 * 60_000, absoluteMs: 10 * 60_000 },
  enrolment: { idleMs: 15 * 60_000, absoluteMs: 30 * 60_000 },
} as const satisfies Record<string, SessionLifetimes>;

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

/** Logout: ends the presented session. False when the token stands for no live session. */
export async function logout({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<boolean> {
  const current = await validateSessionToken(ctx.db, ctx.clock, input.sessionToken);
  if (current === null) return false;
  return withTransaction<DB, boolean>(ctx.db, async (trx) => {
    const ended = await deleteSession(trx, current.session.id);
    if (ended) {
      await auditSucceeded(trx, ctx, {
        action: 'auth.logout.succeeded',
        actor: { type: 'user', id: current.user.id },
        object: { type: 'user', id: current.user.id },
      });
    }
    return ended;
  });
}

export interface ChangePasswordInput {
  sessionToken: string;
  currentPassword: string;
  newPassword: string;
}

/** A new password the policy refuses; `problems` carries the codes the UI turns into messages. */
export class PasswordPolicyError extends ValidationError {
  override name = 'PasswordPolicyError';
  readonly problems: readonly PasswordProblem[];

  constructor(problems: readonly PasswordProblem[]) {
    super(
      'The new password cannot be used.',
      problems.map((problem) => ({
        in: 'body',
        pointer: '/newPassword',
        detail: describePasswordProblem(problem),
      })),
    );
    this.problems = problems;
  }
}

/**
 * Changes the user's own password with a full session: the current password is verified again
 * (a session left open must not be enough), the new one checked against the policy with the
 * user's e-mail address, name and organisation as context, and every other session of the user
 * ends (ASVS 6.2.3, 7.4.3). The session in use stays.
 */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ChangePasswordInput;
}): Promise<{ endedSessions: number }> {
  const passwords = passwordHashingOr(ctx.passwordHashing);
  const current = await requireFullSession(ctx, input.sessionToken);
  const userRef = { type: 'user', id: current.user.id } as const;
  const actor = userRef;
  const attempt = { action: 'auth.password.changed', actor, object: userRef } as const;
  const user = await findUserById(ctx.db, current.user.id);
  const credentials = user && (await findCredentialsByEmail(ctx.db, user.email));
  if (user === undefined || credentials?.id !== user.id || credentials.password_hash === null) {
    throw new UnauthenticatedError('Please log in.');
  }
  const currentPassword = typeof input.currentPassword === 'string' ? input.currentPassword : '';
  const newPassword = typeof input.newPassword === 'string' ? input.newPassword : '';
  if (
    !(await passwords.verifyPassword({
      hash: credentials.password_hash,
      password: currentPassword.slice(0, PASSWORD_MAX_LENGTH * 4),
    }))
  ) {
    await auditRefused(ctx, attempt);
    throw new ValidationError('The password cannot be changed.', [
      { in: 'body', pointer: '/currentPassword', detail: 'The current password is not correct.' },
    ]);
  }
  const organisation = await findOrganisationById(ctx.db, user.organisation_id);
  const check = checkPassword(newPassword, {
    email: user.email,
    name: user.display_name,
    words: organisation === undefined ? [] : [organisation.name],
  });
  if (!check.ok) throw new PasswordPolicyError(check.problems);

  const passwordHash = await passwords.hashPassword(newPassword);
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, { endedSessions: number }>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const updated = (await setPasswordHash(trx, user.id, passwordHash, now))!;
      const endedSessions = await invalidateOtherSessions(trx, user.id, current.session.id);
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: userState(user),
        after: userState(updated),
      });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', actor, object: userRef });
      }
      return { endedSessions };
    }),
  );
}

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

function pendingLifetimes(stage: Exclude<SessionStage, 'full'>): SessionLifetimes {
  return stage === 'totp' ? pendingSessionLifetimes.totp : pendingSessionLifetimes.enrolment;
}

function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too-short':
      return `Use at least ${problem.minimum} characters; ${problem.recommended} or more are better.`;
    case 'too-long':
      return `Use at most ${problem.maximum} characters.`;
    case 'common':
      return 'This password is among the most common ones; choose another.';
    case 'contains-personal-data':
      return `The password must not contain your ${problem.field === 'email' ? 'e-mail address' : 'name'}.`;
    case 'contains-context-word':
      return 'The password must not contain the name of this system or of your organisation.';
  }
}
