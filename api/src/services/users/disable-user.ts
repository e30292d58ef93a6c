import {
  expireOpenInvitations,
  findUserById,
  findUserByIdForUpdate,
  lockActiveAdminIds,
  markUserDisabled,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { isLastActiveAdministrator } from '../../domain/accounts/administrators.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { userObject } from '../access-objects.ts';
import { revokeKeysCreatedBy } from '../api-keys/revoke-keys.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';
import type { AccountChange } from './user-steps.ts';

/**
 * Disables a user: ends their sessions and open invitations at once (ASVS 7.4.2) and revokes the
 * API keys they created (a vendor's integration must not outlive their access; the organisation
 * creates new keys with another user). Nobody disables their own account (another administrator
 * must), and the last active administrator cannot be disabled. Disabling twice changes nothing.
 */
export async function disableUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<AccountChange> {
  const attempt = {
    action: 'auth.user.disabled',
    object: { type: 'user', id: input.userId },
  } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'disableUser',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  const work = () =>
    withTransaction<DB, AccountChange>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const activeAdmins = await lockActiveAdminIds(trx);
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (ctx.principal.kind === 'user' && ctx.principal.userId === user.id) {
        throw new ConflictError(
          'You cannot disable your own account. Ask another administrator to do it.',
        );
      }
      if (isLastActiveAdministrator(user.id, activeAdmins)) {
        throw new ConflictError('The last active administrator cannot be disabled.');
      }
      const updated = (await markUserDisabled(trx, user.id, now))!;
      await expireOpenInvitations(trx, user.id, now);
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      if (user.disabled_at === null) {
        await auditSucceeded(trx, ctx, {
          ...attempt,
          before: userState(user),
          after: userState(updated),
        });
      }
      await revokeKeysCreatedBy(trx, ctx, { userId: user.id, now });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', object: attempt.object });
      }
      return { user: updated, endedSessions };
    });
  return recordingRefusals(ctx, attempt, work);
}
