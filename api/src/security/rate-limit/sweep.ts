import type { Kysely } from 'kysely';
import { deleteRefilledRateLimits } from '../../db/repositories/rate-limits.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';

/** How often each process deletes the counters whose allowance is whole again. */
export const sweepIntervalMs = 60_000;

// When this process last swept each database; only a schedule, so nothing another process needs.
const lastSweeps = new WeakMap<Kysely<DB>, number>();

/**
 * Deletes expired counters as part of the rate-limit checks themselves, at most once a minute per
 * process and database (one indexed DELETE), so no timer is needed and an idle server does no
 * work. A row whose allowance is whole means the same as no row, so deleting one while another
 * process draws from it changes nothing: the upsert then starts a new one.
 */
export async function sweepIfDue(
  ctx: { db: Kysely<DB>; logger?: Logger },
  now: Date,
): Promise<void> {
  const last = lastSweeps.get(ctx.db);
  if (last !== undefined && now.getTime() - last < sweepIntervalMs && now.getTime() >= last) {
    return;
  }
  lastSweeps.set(ctx.db, now.getTime());
  try {
    await deleteRefilledRateLimits(ctx.db, now);
  } catch (error) {
    ctx.logger?.warn({ err: error }, 'could not delete expired rate-limit counters');
  }
}
