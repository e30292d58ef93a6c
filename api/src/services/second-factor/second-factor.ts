import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import {
  createTotpSecret,
  generateRecoveryCodes,
  TOTP_SECRET_BYTES,
  totpKeyUri,
  totpQrCodeSvg,
  verifyRecoveryCode,
  verifyTotp,
} from '../../security/credentials/index.ts';
import {
  advanceTotpCounter,
  findTotpSecret,
  findUserById,
  findUserByIdForUpdate,
  listUnusedRecoveryCodes,
  markRecoveryCodeUsed,
  replaceRecoveryCodes,
  setTotpSecret,
} from '../../db/repositories/users.ts';
import { countFailedCode } from '../../db/repositories/sessions.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, UnauthenticatedError, ValidationError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { fullLifetimes } from '../sessions/login.ts';
import { sessionStage, type SessionStage } from '../sessions/session-stage.ts';
import {
  createSession,
  invalidateOtherSessions,
  validateSessionToken,
  type CreatedSession,
  type ValidatedSession,
} from '../../security/sessions/sessions.ts';

/** One message for a wrong, malformed or replayed code: the reason goes to the audit log only. */
export const codeRefusedMessage = 'The code is not valid. Please try again.';

/** The issuer authenticator apps show next to the account. */
export const totpIssuer = 'Tenderwise';

export interface SecondStepInput {
  /** The pending session from `loginWithPassword`. */
  sessionToken: string;
  code: string;
}

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

export interface TotpEnrolment {
  /** The key in base32, for typing into an app by hand; the same key the URI and QR code hold. */
  secret: string;
  keyUri: string;
  /** The key URI as an SVG QR code (paths only), to inline in the page. */
  qrCodeSvg: string;
}

/**
 * Starts setting up TOTP, with an enrolment session or a full session of a user who has none
 * yet. Nothing is stored: the key travels back with {@link confirmTotpEnrolment}, and only a key
 * confirmed with a valid code is kept.
 */
export async function startTotpEnrolment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<TotpEnrolment> {
  const current = await requireStage(ctx, input.sessionToken, ['enrolment', 'full']);
  if ((await findTotpSecret(ctx.db, current.user.id)) !== null) throw alreadyEnrolled();
  const user = await findUserById(ctx.db, current.user.id);
  if (user === undefined) throw new UnauthenticatedError('Please log in.');
  const key = createTotpSecret();
  const keyUri = totpKeyUri(key, { issuer: totpIssuer, account: user.email });
  return {
    secret: encodeBase32UpperCaseNoPadding(key),
    keyUri,
    qrCodeSvg: await totpQrCodeSvg(keyUri),
  };
}

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

/**
 * Wrong codes a pending session may send before it ends. Five tries at a one-in-a-million code
 * (three valid steps) give an attacker with the password about 1.5 · 10⁻⁵ per password entry;
 * a person mistyping twice or thrice still gets in.
 */
export const secondFactorAttemptsPerSession = 5;

/**
 * Runs a second step; when the code is refused, counts the failure on the pending session and
 * ends the session at {@link secondFactorAttemptsPerSession}. The count is written after the
 * step's transaction rolled back, so it stays.
 */
async function countingFailures<T>(
  ctx: ServiceContext,
  pending: ValidatedSession,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof UnauthenticatedError && !ctx.db.isTransaction) {
      await countFailedCode(ctx.db, pending.session.id, secondFactorAttemptsPerSession);
    }
    throw error;
  }
}

/** Thrown inside the enrolment transaction so that it rolls back; turned into a ValidationError. */
class CodeRefused extends ValidationError {}

async function requireStage(
  ctx: ServiceContext,
  sessionToken: string,
  allowed: readonly SessionStage[],
): Promise<ValidatedSession> {
  const current = await validateSessionToken(
    ctx.db,
    ctx.clock,
    typeof sessionToken === 'string' ? sessionToken : '',
  );
  if (current === null) throw new UnauthenticatedError('Please log in.');
  if (!allowed.includes(await sessionStage(ctx.db, current))) {
    throw new UnauthenticatedError('This session cannot do that. Please log in again.');
  }
  return current;
}

function replaceWithVerifiedSession(
  ctx: ServiceContext,
  trx: Parameters<typeof createSession>[0],
  previous: ValidatedSession,
): Promise<CreatedSession> {
  return createSession(
    trx,
    ctx.clock,
    {
      userId: previous.user.id,
      mfaVerified: true,
      replacesSessionId: previous.session.id,
      userAgent: previous.session.user_agent,
      ipAddress: previous.session.ip_address,
    },
    fullLifetimes(ctx),
  );
}

function decodeKey(secret: string): Uint8Array {
  let key: Uint8Array | undefined;
  try {
    key = decodeBase32IgnorePadding(String(secret).replace(/\s+/g, '').toUpperCase());
  } catch {
    key = undefined;
  }
  if (key === undefined || key.length !== TOTP_SECRET_BYTES) {
    throw new ValidationError('TOTP cannot be set up.', [
      { in: 'body', pointer: '/secret', detail: 'Start the set-up again.' },
    ]);
  }
  return key;
}

function alreadyEnrolled(): ConflictError {
  return new ConflictError('TOTP is set up already. An administrator can reset it.');
}
