import type { RateLimit } from './limits.ts';

/**
 * The arithmetic of the generic cell rate algorithm (GCRA), which the counter table stores as one
 * time per key, `refilledAt`: the moment its whole allowance is back. A request of `cost` units
 * moves that time `cost` increments later (from now, if it lies in the past), and is allowed if
 * the time it moves to is at most one period ahead of now. It is a token bucket without a timer:
 * nothing runs between requests, and the one upsert that checks also counts.
 */

/** The time one unit of the limit stands for; a unit comes back after this much time. */
export function incrementMs(limit: RateLimit, cost = 1): number {
  return (cost * limit.periodMs) / limit.limit;
}

/** A request is allowed when the key's refill time is at or before this. */
export function latestRefillAllowed(limit: RateLimit, now: Date, cost = 1): Date {
  return new Date(now.getTime() + limit.periodMs - incrementMs(limit, cost));
}

/**
 * Whole seconds until a refused request of the same cost would be allowed (at least 1), for
 * `Retry-After`: the moment the refill time is no more than `latestRefillAllowed` ahead.
 */
export function retryAfterSeconds(limit: RateLimit, refilledAt: Date, now: Date, cost = 1): number {
  const waitMs = refilledAt.getTime() - latestRefillAllowed(limit, now, cost).getTime();
  return Math.max(1, Math.ceil(waitMs / 1000));
}
