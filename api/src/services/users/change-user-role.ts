import {
  findUserById,
  findUserByIdForUpdate,
  lockActiveAdminIds,
  updateUserRole,
} from '../../db/repositories/users.ts';
import { roles, type Role } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { isLastActiveAdministrator } from '../../domain/accounts/administrators.ts';
import { isRole, roleChangeOf } from '../../domain/accounts/roles.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { userObject } from '../access-objects.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';
import { roleMismatch, type AccountChange } from './user-steps.ts';

export interface ChangeRoleInput {
  userId: string;
  role: Role;
}

/**
 * Changes a user's role and ends all their sessions: a change of privilege needs a new login
 * (ASVS 7.2.4). The last active administrator keeps the role.
 */
export async function changeUserRole({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ChangeRoleInput;
}): Promise<AccountChange> {
  const attempt = {
    action: 'auth.role.changed',
    object: { type: 'user', id: input.userId },
  } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'changeUserRole',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  if (!isRole(input.role)) {
    throw new ValidationError('The role cannot be changed.', [
      { in: 'body', pointer: '/role', detail: `Use one of ${roles.join(', ')}.` },
    ]);
  }
  const work = () =>
    withTransaction<DB, AccountChange>(ctx.db, async (trx) => {
      const activeAdmins = await lockActiveAdminIds(trx);
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      switch (
        roleChangeOf({
          currentRole: user.role,
          newRole: input.role,
          organisationKind: user.organisation_kind,
          lastActiveAdministrator: isLastActiveAdministrator(user.id, activeAdmins),
        })
      ) {
        case 'roleDoesNotFit':
          throw roleMismatch(user.organisation_kind);
        case 'unchanged':
          return { user, endedSessions: 0 };
        case 'lastAdministrator':
          throw new ConflictError('The last active administrator cannot lose the role.');
        case 'change':
          break;
      }
      const updated = (await updateUserRole(trx, user.id, input.role))!;
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: userState(user),
        after: userState(updated),
      });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', object: attempt.object });
      }
      return { user: updated, endedSessions };
    });
  return recordingRefusals(ctx, attempt, work);
}
