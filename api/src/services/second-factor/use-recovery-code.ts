import { verifyRecoveryCode } from '../../security/credentials/index.ts';
import {
  findUserByIdForUpdate,
  listUnusedRecoveryCodes,
  markRecoveryCodeUsed,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import { auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { type CreatedSession } from '../../security/sessions/sessions.ts';
import type { SecondStepInput } from './code-attempts.ts';
import {
  codeRefusedMessage,
  countingFailures,
  requireStage,
  replaceWithVerifiedSession,
} from './code-attempts.ts';

/**
 * Second login step with a recovery code instead of TOTP (a lost phone). The code is used up;
 * the pending session is replaced by a verified one as with {@link completeTotp}.
 */
export async function useRecoveryCode({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SecondStepInput;
}): Promise<{ session: CreatedSession; remainingRecoveryCodes: number }> {
  await authorize(ctx, { operationId: 'completeRecoveryCodeLogin' });
  const pending = await requireStage(ctx, input.sessionToken, ['totp']);
  const userRef = { type: 'user', id: pending.user.id } as const;
  const attempt = { action: 'auth.recovery_code.used', actor: userRef, object: userRef } as const;
  return countingFailures(ctx, pending, () =>
    recordingRefusals(ctx, attempt, () =>
      withTransaction<DB, { session: CreatedSession; remainingRecoveryCodes: number }>(
        ctx.db,
        async (trx) => {
          const user = await findUserByIdForUpdate(trx, pending.user.id);
          if (user === undefined) throw new UnauthenticatedError('Please log in.');
          const codes = await listUnusedRecoveryCodes(trx, user.id);
          const index = verifyRecoveryCode(
            typeof input.code === 'string' ? input.code : '',
            codes.map((code) => code.code_hash),
          );
          const now = await ctx.clock.now<DB>(trx);
          if (index === null || !(await markRecoveryCodeUsed(trx, codes[index]!.id, now))) {
            throw new UnauthenticatedError(codeRefusedMessage);
          }
          const session = await replaceWithVerifiedSession(ctx, trx, pending);
          await auditSucceeded(trx, ctx, attempt);
          await auditSucceeded(trx, ctx, {
            action: 'auth.login.succeeded',
            actor: userRef,
            object: userRef,
          });
          return { session, remainingRecoveryCodes: codes.length - 1 };
        },
      ),
    ),
  );
}
