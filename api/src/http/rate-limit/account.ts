import type { Context } from 'hono';
import { auditActorOf } from '../../security/access/principal.ts';
import { principalOf } from '../authenticate.ts';
import type { AppEnv } from '../env.ts';
import { takeAllowance, type RateLimitCheck } from '../../security/rate-limit/take-allowance.ts';
import { rateLimits } from '../../security/rate-limit/limits.ts';
import { addressKeyOf, callerKeyOf, emailKeyOf, rateLimitContextOf } from './request.ts';

/**
 * Runs a password login within its limits (see `limits.ts`): per address and account, per
 * address, per account, checked in that order before any Argon2 work. An attempt that throws
 * (wrong password, unknown e-mail address) keeps its units; a successful one settles them as each
 * limit says. The account is the e-mail address as typed, so unknown and known ones are limited
 * alike and a 429 tells nothing about which accounts exist.
 */
export async function withLoginLimits<T>(
  c: Context<AppEnv>,
  email: unknown,
  attempt: () => Promise<T>,
): Promise<T> {
  const address = addressKeyOf(c);
  const account = emailKeyOf(email);
  return limited(c, attempt, [
    { limit: rateLimits.loginAddressAccount, key: [address, account] },
    { limit: rateLimits.loginAddress, key: [address] },
    { limit: rateLimits.loginAccount, key: [account] },
  ]);
}

/** Runs the second login step (TOTP or recovery code) within the limit of the pending user. */
export async function withSecondFactorLimit<T>(
  c: Context<AppEnv>,
  attempt: () => Promise<T>,
): Promise<T> {
  const principal = await principalOf(c);
  return limited(c, attempt, [
    { limit: rateLimits.secondFactor, key: [callerKeyOf(c, principal)] },
  ]);
}

/**
 * Runs a step that verifies one's own password again (changing it, removing one's TOTP) within
 * the limit of the signed-in user; the steps share one budget.
 */
export async function withPasswordChangeLimit<T>(
  c: Context<AppEnv>,
  attempt: () => Promise<T>,
): Promise<T> {
  const principal = await principalOf(c);
  return limited(c, attempt, [
    { limit: rateLimits.passwordChange, key: [callerKeyOf(c, principal)] },
  ]);
}

/**
 * Counts an invitation acceptance against the address and the token, before its password is
 * hashed. Like every key, the token is stored only as part of a SHA-256.
 */
export async function limitInvitationAcceptance(c: Context<AppEnv>, token: unknown): Promise<void> {
  await takeAllowance(rateLimitContextOf(c), [
    { limit: rateLimits.invitationAddress, key: [addressKeyOf(c)] },
    { limit: rateLimits.invitationToken, key: [`invitation:${String(token)}`] },
  ]);
}

/**
 * Counts a check of an invitation link against the address and the token, like an acceptance
 * but with limits of its own: looking at the page must not use up the attempts to accept.
 */
export async function limitInvitationCheck(c: Context<AppEnv>, token: unknown): Promise<void> {
  await takeAllowance(rateLimitContextOf(c), [
    { limit: rateLimits.invitationCheckAddress, key: [addressKeyOf(c)] },
    { limit: rateLimits.invitationCheckToken, key: [`invitation-check:${String(token)}`] },
  ]);
}

/**
 * Counts a setup completion against the address and the token, before its password is hashed,
 * like an invitation acceptance; the token is stored only as part of a SHA-256.
 */
export async function limitSetupCompletion(c: Context<AppEnv>, token: unknown): Promise<void> {
  await takeAllowance(rateLimitContextOf(c), [
    { limit: rateLimits.setupAddress, key: [addressKeyOf(c)] },
    { limit: rateLimits.setupToken, key: [`setup:${String(token)}`] },
  ]);
}

/** Counts a check of a setup link against the address and the token, apart from completions. */
export async function limitSetupCheck(c: Context<AppEnv>, token: unknown): Promise<void> {
  await takeAllowance(rateLimitContextOf(c), [
    { limit: rateLimits.setupCheckAddress, key: [addressKeyOf(c)] },
    { limit: rateLimits.setupCheckToken, key: [`setup-check:${String(token)}`] },
  ]);
}

async function limited<T>(
  c: Context<AppEnv>,
  attempt: () => Promise<T>,
  checks: readonly RateLimitCheck[],
): Promise<T> {
  const actor = auditActorOf(await principalOf(c));
  const allowance = await takeAllowance(rateLimitContextOf(c, actor), checks);
  const result = await attempt();
  await allowance.succeeded();
  return result;
}
