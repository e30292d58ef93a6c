import {
  findTotpSecret,
  findUserById,
  findUserByIdForUpdate,
  replaceRecoveryCodes,
  setTotpSecret,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { userObject } from '../access-objects.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';

/**
 * An administrator removes a user's TOTP key and recovery codes, for a lost phone without the
 * recovery codes. All the user's sessions end, so whoever holds one must log in again; officers
 * and administrators then set up TOTP anew at their next login. Resetting a user without TOTP
 * changes nothing but the sessions.
 */
export async function resetUserTotp({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<{ endedSessions: number }> {
  const object = { type: 'user', id: input.userId } as const;
  const attempt = { action: 'auth.mfa.reset', object } as const;
  const target = await findUserById(ctx.db, input.userId);
  await authorize(ctx, {
    operationId: 'resetUserTotp',
    ...(target !== undefined && { object: userObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, { endedSessions: number }>(ctx.db, async (trx) => {
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      const hadTotp = (await findTotpSecret(trx, user.id)) !== null;
      const now = await ctx.clock.now<DB>(trx);
      await setTotpSecret(trx, user.id, null);
      await replaceRecoveryCodes(trx, user.id, [], now);
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: { totpEnrolled: hadTotp },
        after: { totpEnrolled: false },
      });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', object });
      }
      return { endedSessions };
    }),
  );
}
