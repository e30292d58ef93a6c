import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import { deleteExpiredSessions } from '../../db/repositories/sessions.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';

/** One chore: deletes what has run out and says how many rows it removed. */
export interface HousekeepingTask {
  name: string;
  run(db: Kysely<DB>, now: Date): Promise<number>;
}

/**
 * Expired sessions are refused on sight and deleted when presented, but one never presented
 * again would stay forever: its user agent and address are personal data kept without purpose.
 */
export const housekeepingTasks: readonly HousekeepingTask[] = [
  { name: 'expired sessions', run: deleteExpiredSessions },
];

/** Often enough that nothing lingers for long, rarely enough to cost nothing. */
export const housekeepingIntervalMs = 15 * 60_000;

/** Runs every task once; a failing task is logged and does not stop the others. */
export async function runHousekeeping(options: {
  db: Kysely<DB>;
  clock: Clock;
  logger: Logger;
  tasks?: readonly HousekeepingTask[];
}): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const task of options.tasks ?? housekeepingTasks) {
    try {
      removed[task.name] = await task.run(options.db, await options.clock.now<DB>(options.db));
    } catch (error) {
      options.logger.warn({ err: error, task: task.name }, 'housekeeping task failed');
    }
  }
  const total = Object.values(removed).reduce((sum, count) => sum + count, 0);
  if (total > 0) options.logger.info({ removed }, 'housekeeping removed expired rows');
  return removed;
}

/**
 * Runs housekeeping shortly after start and then at every interval, without keeping the process
 * alive. Several server processes may each run it: every task is an idempotent delete. Returns a
 * function that stops it and waits for a run in progress, so the database can close after.
 */
export function startHousekeeping(options: {
  db: Kysely<DB>;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() => runHousekeeping(options));
  };
  const first = setTimeout(tick, 1_000);
  const every = setInterval(tick, options.intervalMs ?? housekeepingIntervalMs);
  first.unref();
  every.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}
