import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordRefusedAttempt } from '../audit/append.ts';
import type { Clock } from '../../clock.ts';
import {
  deleteRateLimit,
  drawFromRateLimit,
  returnToRateLimit,
} from '../../db/repositories/rate-limits.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';
import { TooManyRequestsError } from '../../domain/errors.ts';
import { incrementMs, latestRefillAllowed, retryAfterSeconds } from './gcra.ts';
import type { RateLimit } from './limits.ts';
import { sweepIfDue } from './sweep.ts';

/** What a rate-limit check needs; nothing of HTTP, so jobs and tests can use it as well. */
export interface RateLimitContext {
  /** The database itself, never a transaction: counts must survive the attempt's rollback. */
  db: Kysely<DB>;
  clock: Clock;
  /** Who asks, as the audit log names actors; null for anonymous callers. */
  actor: { type: string; id: string } | null;
  requestId?: string | null;
  logger?: Logger;
}

/** One limit to draw from, for one key. */
export interface RateLimitCheck {
  limit: RateLimit;
  /** What identifies the caller for this limit (an address, an account, both); stored hashed. */
  key: readonly string[];
  /** Units this request costs; 1 unless said otherwise. */
  cost?: number;
}

/** The allowance an allowed request took; tell it when the attempt succeeded. */
export interface Allowance {
  /** Applies each limit's `onSuccess`; never throws (the attempt itself succeeded). */
  succeeded(): Promise<void>;
}

/** What the audit log calls a request refused by a rate limit. */
export const rateLimitExceededAction = 'access.rate_limit.exceeded';

/**
 * Draws from every limit in order, or throws {@link TooManyRequestsError} at the first that
 * refuses, with the seconds until that one would allow the request. Limits drawn from before the
 * refusing one get their units back, so a refused request uses nothing up anywhere: put the most
 * specific limit first, and a flood it stops leaves the broader ones untouched. Time comes from
 * the context's clock, read once.
 *
 * The first refusal after an allowed request is recorded in the audit log as
 * `access.rate_limit.exceeded` (object: the limit) and logged; the rest of that streak is not,
 * so a flood costs one entry, not one per request.
 */
export async function takeAllowance(
  ctx: RateLimitContext,
  checks: readonly RateLimitCheck[],
): Promise<Allowance> {
  const now = await ctx.clock.now(ctx.db);
  await sweepIfDue(ctx, now);
  const taken: Taken[] = [];
  for (const check of checks) {
    const cost = check.cost ?? 1;
    const counter = {
      limitName: check.limit.name,
      keyHash: keyHashOf(check.key),
      incrementMs: incrementMs(check.limit, cost),
    };
    const state = await drawFromRateLimit(ctx.db, {
      ...counter,
      now,
      latestRefill: latestRefillAllowed(check.limit, now, cost),
    });
    if (state.refusedStreak > 0) {
      await Promise.all(taken.map(({ counter: earlier }) => returnToRateLimit(ctx.db, earlier)));
      if (state.refusedStreak === 1) await recordExceeded(ctx, check.limit);
      const seconds = retryAfterSeconds(check.limit, state.refilledAt, now, cost);
      throw new TooManyRequestsError(
        `Too many requests; retry after ${seconds} second${seconds === 1 ? '' : 's'}.`,
        seconds,
      );
    }
    taken.push({ limit: check.limit, counter });
  }
  return {
    async succeeded() {
      for (const { limit, counter } of taken) {
        try {
          if (limit.onSuccess === 'giveBack') await returnToRateLimit(ctx.db, counter);
          if (limit.onSuccess === 'forget') await deleteRateLimit(ctx.db, counter);
        } catch (error) {
          ctx.logger?.warn({ err: error, limit: limit.name }, 'could not settle a rate limit');
        }
      }
    },
  };
}

interface Taken {
  limit: RateLimit;
  counter: { limitName: string; keyHash: string; incrementMs: number };
}

/**
 * The stored form of a key: SHA-256 of its parts as a JSON array (which keeps them apart), so the
 * table holds no addresses or e-mail addresses in clear, and keys of any length fit one column.
 */
export function keyHashOf(key: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

async function recordExceeded(ctx: RateLimitContext, limit: RateLimit): Promise<void> {
  ctx.logger?.warn(
    { event: rateLimitExceededAction, limit: limit.name, actor: ctx.actor },
    rateLimitExceededAction,
  );
  try {
    await recordRefusedAttempt(ctx.db, ctx.clock, {
      actor: ctx.actor,
      action: rateLimitExceededAction,
      object: { type: 'rate_limit', id: limit.name },
      outcome: 'refused',
      requestId: ctx.requestId ?? null,
    });
  } catch (error) {
    // The refusal stands either way; a full audit log must not turn it into an error.
    ctx.logger?.error({ err: error }, 'could not record a refused attempt');
  }
}
