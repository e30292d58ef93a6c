import {
  findUserByIdForUpdate,
  lockActiveAdminIds,
  updateUserRole,
} from '../../db/repositories/users.ts';
import { roles, type Role } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';
import type { AccountChange } from './user-rules.ts';
import { roleFitsOrganisation, isLastAdmin, roleMismatch } from './user-rules.ts';

export interface ChangeRoleInput {
  userId: string;
  role: Role;
}

/**
 * Changes a user's role and ends all their sessions: a change of privilege needs a new login
 * (ASVS 7.2.4). The last active administrator keeps the role.
 */
export async function changeRole({
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
  await authorize(ctx, {
    operationId: 'changeUserRole',
    onRefused: () => auditRefused(ctx, attempt),
  });
  if (!roles.includes(input.role)) {
    throw new ValidationError('The role cannot be changed.', [
      { in: 'body', pointer: '/role', detail: `Use one of ${roles.join(', ')}.` },
    ]);
  }
  const work = () =>
    withTransaction<DB, AccountChange>(ctx.db, async (trx) => {
      const activeAdmins = await lockActiveAdminIds(trx);
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (!roleFitsOrganisation(input.role, user.organisation_kind)) {
        throw roleMismatch(user.organisation_kind);
      }
      if (user.role === input.role) return { user, endedSessions: 0 };
      if (isLastAdmin(user, activeAdmins)) {
        throw new ConflictError('The last active administrator cannot lose the role.');
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
