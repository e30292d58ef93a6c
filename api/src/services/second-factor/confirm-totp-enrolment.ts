import { generateRecoveryCodes, verifyTotp } from '../../security/credentials/index.ts';
import {
  advanceTotpCounter,
  findTotpSecret,
  findUserByIdForUpdate,
  replaceRecoveryCodes,
  setTotpSecret,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateOtherSessions, type CreatedSession } from '../../security/sessions/sessions.ts';
import {
  codeRefusedMessage,
  CodeRefused,
  requireStage,
  replaceWithVerifiedSession,
  decodeKey,
  alreadyEnrolled,
} from './code-attempts.ts';

export interface ConfirmTotpEnrolmentInput {
  sessionToken: string;
  /** The key from {@link startTotpEnrolment}, in base32. */
  secret: string;
  /** The first code the app shows for it. */
  code: string;
}

export interface ConfirmedTotpEnrolment {
  /** A new, verified session replacing the one used (a second factor is a change of privilege). */
  session: CreatedSession;
  /** Ten one-time recovery codes: shown to the user once, stored only hashed. */
  recoveryCodes: string[];
}

/**
 * Completes setting up TOTP: the first valid code proves the app holds the key. The key is
 * stored, that code's time step marked used, recovery codes generated, every other session of
 * the user ended (ASVS 7.4.3) and the session replaced by a verified one.
 */
export async function confirmTotpEnrolment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ConfirmTotpEnrolmentInput;
}): Promise<ConfirmedTotpEnrolment> {
  await authorize(ctx, { operationId: 'confirmTotpEnrolment' });
  const current = await requireStage(ctx, input.sessionToken, ['enrolment', 'full']);
  const key = decodeKey(input.secret);
  const userRef = { type: 'user', id: current.user.id } as const;
  const attempt = { action: 'auth.mfa.enrolled', actor: userRef, object: userRef } as const;
  const work = () =>
    withTransaction<DB, ConfirmedTotpEnrolment>(ctx.db, async (trx) => {
      const user = await findUserByIdForUpdate(trx, current.user.id);
      if (user === undefined) throw new UnauthenticatedError('Please log in.');
      if ((await findTotpSecret(trx, user.id)) !== null) throw alreadyEnrolled();
      const result = await verifyTotp<DB>({
        clock: ctx.clock,
        executor: trx,
        secret: key,
        code: typeof input.code === 'string' ? input.code : '',
        lastUsedCounter: null,
      });
      if (!result.ok) throw new CodeRefused(codeRefusedMessage);
      const now = await ctx.clock.now<DB>(trx);
      await setTotpSecret(trx, user.id, key);
      await advanceTotpCounter(trx, user.id, result.counter);
      const recovery = generateRecoveryCodes();
      await replaceRecoveryCodes(trx, user.id, recovery.hashes, now);
      const ended = await invalidateOtherSessions(trx, user.id, current.session.id);
      const session = await replaceWithVerifiedSession(ctx, trx, current);
      await auditSucceeded(trx, ctx, attempt);
      if (ended > 0) {
        await auditSucceeded(trx, ctx, {
          action: 'auth.sessions.ended',
          actor: userRef,
          object: userRef,
        });
      }
      return { session, recoveryCodes: recovery.codes };
    });
  try {
    return await recordingRefusals(ctx, attempt, work);
  } catch (error) {
    if (!(error instanceof CodeRefused)) throw error;
    await auditRefused(ctx, attempt);
    throw new ValidationError('TOTP cannot be set up.', [
      { in: 'body', pointer: '/code', detail: codeRefusedMessage },
    ]);
  }
}
