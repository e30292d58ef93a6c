import type { ColumnType } from 'kysely';

// Tables of the rate-limit migration; each table's interface is named <Name>Table.
export interface RateLimitTables {
  rate_limit: RateLimitTable;
}

/** One counter per limit and key; see the migration and `api/src/security/rate-limit/`. */
export interface RateLimitTable {
  limit_name: ColumnType<string, string, never>;
  /** SHA-256 (hex) of the key: an address, an account, a key id, never stored in clear. */
  key_hash: ColumnType<string, string, never>;
  /** When the key's whole allowance is back; a past time means nothing is used. */
  refilled_at: Date;
  refused_streak: ColumnType<number, number | undefined, number>;
}
