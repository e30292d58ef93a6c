import { sql, type Kysely } from 'kysely';

/**
 * The one source of "now". Domain code never reads the system time itself: in production every
 * process asks the database, so receipts and deadlines agree across servers; tests fix it.
 * Pass the open transaction when there is one: the embedded database serves one caller at a time.
 */
export interface Clock {
  now<D>(executor?: Kysely<D>): Promise<Date>;
}

export function systemClock(): Clock {
  return { now: async () => new Date() };
}

/** Reads `clock_timestamp()`: the wall time at the moment of the call, also inside a transaction. */
export function databaseClock<D>(db: Kysely<D>): Clock {
  return {
    async now<E>(executor?: Kysely<E>) {
      const { rows } = await sql<{ now: Date }>`select clock_timestamp() as now`.execute(
        executor ?? db,
      );
      const row = rows[0];
      if (!row) throw new Error('The database returned no time');
      return row.now;
    },
  };
}

export interface FixedClock extends Clock {
  set(to: Date | string): void;
  advance(milliseconds: number): void;
}

/** A clock that moves only when told to; for tests. */
export function fixedClock(start: Date | string = '2026-01-15T09:00:00.000Z'): FixedClock {
  let current = new Date(start);
  return {
    now: async () => new Date(current),
    set(to) {
      current = new Date(to);
    },
    advance(milliseconds) {
      current = new Date(current.getTime() + milliseconds);
    },
  };
}
