import {
  findUserById,
  findUserByIdForUpdate,
  markUserEnabled,
  type User,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import { userObject } from '../access-objects.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';

/**
 * Makes a disabled user active again: they log in with the password they had (and TOTP, if they
 * had it). What disabling ended stays ended: their sessions, open invitations (a user who never
 * set a password needs a new link) and the API keys they created. Enabling an active user
 * changes nothing and writes no entry. A user of a disabled organisation can log in only once
 * the organisation is enabled as well.
 */
export async function enableUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<User> {
  const attempt = {
    action: 'auth.user.enabled',
    object: { type: 'user', id: input.userId },
  } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'enableUser',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, User>(ctx.db, async (trx) => {
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (user.disabled_at === null) return user;
      const updated = (await markUserEnabled(trx, user.id))!;
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: userState(user),
        after: userState(updated),
      });
      return updated;
    }),
  );
}
