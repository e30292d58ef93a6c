import { PASSWORD_MAX_LENGTH, passwordHashingOr } from '../../security/credentials/index.ts';
import {
  findCredentialsByEmail,
  findTotpSecret,
  findUserById,
  replaceRecoveryCodes,
  setTotpSecret,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { roleRequiresTotp } from '../../domain/accounts/second-factor.ts';
import { UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import {
  fullLifetimes,
  pendingSessionLifetimes,
  requireFullSession,
} from '../sessions/full-session.ts';
import {
  createSession,
  invalidateOtherSessions,
  type CreatedSession,
} from '../../security/sessions/sessions.ts';

export interface ResetOwnTotpInput {
  sessionToken: string;
  /** The current password again: an unlocked workstation must not be enough. */
  password: string;
}

export interface ResetOwnTotp {
  /** Replaces the session used; for officers and administrators it may only set up TOTP again. */
  session: CreatedSession;
  /** True when the role requires TOTP, so the new session is an enrolment session. */
  enrolmentRequired: boolean;
}

/**
 * A user removes their own TOTP key and recovery codes (a new phone, codes used up). Needs a full
 * session and the password. Every other session ends, and the session used is replaced by one
 * that has not passed a second factor: officers and administrators can then only set up TOTP
 * again, within the enrolment session's short lifetime; other roles carry on without.
 */
export async function resetOwnTotp({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ResetOwnTotpInput;
}): Promise<ResetOwnTotp> {
  await authorize(ctx, { operationId: 'resetOwnTotp' });
  const current = await requireFullSession(ctx, input.sessionToken);
  const userRef = { type: 'user', id: current.user.id } as const;
  const attempt = { action: 'auth.mfa.reset', actor: userRef, object: userRef } as const;
  const user = await findUserById(ctx.db, current.user.id);
  const credentials = user && (await findCredentialsByEmail(ctx.db, user.email));
  if (user === undefined || credentials?.id !== user.id || credentials.password_hash === null) {
    throw new UnauthenticatedError('Please log in.');
  }
  const password = typeof input.password === 'string' ? input.password : '';
  const verified = await passwordHashingOr(ctx.passwordHashing).verifyPassword({
    hash: credentials.password_hash,
    password: password.slice(0, PASSWORD_MAX_LENGTH * 4),
  });
  if (!verified) {
    await auditRefused(ctx, attempt);
    throw new ValidationError('TOTP cannot be reset.', [
      { in: 'body', pointer: '/password', detail: 'The password is not correct.' },
    ]);
  }
  const enrolmentRequired = roleRequiresTotp(current.user.role);
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, ResetOwnTotp>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const hadTotp = (await findTotpSecret(trx, user.id)) !== null;
      await setTotpSecret(trx, user.id, null);
      await replaceRecoveryCodes(trx, user.id, [], now);
      const endedSessions = await invalidateOtherSessions(trx, user.id, current.session.id);
      const session = await createSession(
        trx,
        ctx.clock,
        {
          userId: user.id,
          mfaVerified: false,
          replacesSessionId: current.session.id,
          userAgent: current.session.user_agent,
          ipAddress: current.session.ip_address,
        },
        enrolmentRequired ? pendingSessionLifetimes.enrolment : fullLifetimes(ctx),
      );
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: { totpEnrolled: hadTotp },
        after: { totpEnrolled: false },
      });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, {
          action: 'auth.sessions.ended',
          actor: userRef,
          object: userRef,
        });
      }
      return { session, enrolmentRequired };
    }),
  );
}
