import {
  checkPassword,
  passwordHashingOr,
  PASSWORD_MAX_LENGTH,
} from '../../security/credentials/index.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import {
  findCredentialsByEmail,
  findUserById,
  setPasswordHash,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateOtherSessions } from '../../security/sessions/sessions.ts';
import { PasswordPolicyError } from './password-policy-error.ts';
import { requireFullSession } from './full-session.ts';

export interface ChangePasswordInput {
  sessionToken: string;
  currentPassword: string;
  newPassword: string;
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
  await authorize(ctx, { operationId: 'changeOwnPassword' });
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
