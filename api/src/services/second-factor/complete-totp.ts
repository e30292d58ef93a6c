import { verifyTotp } from '../../security/credentials/index.ts';
import {
  advanceTotpCounter,
  findTotpSecret,
  findUserByIdForUpdate,
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
 * Second login step with a TOTP code, verified at the Clock's time against the stored key and
 * last used time step, so each code works once. On success the pending session is replaced by
 * a new, verified one with a new id (the pending token is dead from then on).
 */
export async function completeTotp({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SecondStepInput;
}): Promise<CreatedSession> {
  await authorize(ctx, { operationId: 'completeTotpLogin' });
  const pending = await requireStage(ctx, input.sessionToken, ['totp']);
  const userRef = { type: 'user', id: pending.user.id } as const;
  const refused = { action: 'auth.mfa.failed', actor: userRef, object: userRef } as const;
  return countingFailures(ctx, pending, () =>
    recordingRefusals(ctx, refused, () =>
      withTransaction<DB, CreatedSession>(ctx.db, async (trx) => {
        const user = await findUserByIdForUpdate(trx, pending.user.id);
        const secret = await findTotpSecret(trx, pending.user.id);
        if (user === undefined || secret === null) throw new UnauthenticatedError('Please log in.');
        const result = await verifyTotp<DB>({
          clock: ctx.clock,
          executor: trx,
          secret,
          code: typeof input.code === 'string' ? input.code : '',
          lastUsedCounter: user.totp_last_counter,
        });
        if (!result.ok || !(await advanceTotpCounter(trx, user.id, result.counter))) {
          throw new UnauthenticatedError(codeRefusedMessage);
        }
        const session = await replaceWithVerifiedSession(ctx, trx, pending);
        await auditSucceeded(trx, ctx, {
          action: 'auth.mfa.used',
          actor: userRef,
          object: userRef,
        });
        await auditSucceeded(trx, ctx, {
          action: 'auth.login.succeeded',
          actor: userRef,
          object: userRef,
        });
        return session;
      }),
    ),
  );
}
