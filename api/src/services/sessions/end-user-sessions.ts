import { findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { userObject } from '../access-objects.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';

/**
 * An administrator ends all sessions of a user (a lost laptop, a suspected break-in; ASVS
 * 7.4.5). Returns how many ended.
 */
export async function endUserSessions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<{ endedSessions: number }> {
  const attempt = {
    action: 'auth.sessions.ended',
    object: { type: 'user', id: input.userId },
  } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'endUserSessions',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, { endedSessions: number }>(ctx.db, async (trx) => {
      const user = await findUserById(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      await auditSucceeded(trx, ctx, attempt);
      return { endedSessions };
    }),
  );
}
