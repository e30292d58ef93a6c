import type { ColumnType } from 'kysely';

// Tables of the audit migrations; each table's interface is named <Name>Table.
export interface AuditTables {
  audit_entry: AuditEntryTable;
  audit_chain_head: AuditChainHeadTable;
}

/** Append-only: triggers refuse UPDATE, DELETE and TRUNCATE, so every column is insert-only. */
export interface AuditEntryTable {
  seq: ColumnType<number, number, never>;
  recorded_at: ColumnType<Date, Date, never>;
  actor_type: ColumnType<string | null, string | null, never>;
  actor_id: ColumnType<string | null, string | null, never>;
  action: ColumnType<string, string, never>;
  object_type: ColumnType<string | null, string | null, never>;
  object_id: ColumnType<string | null, string | null, never>;
  outcome: ColumnType<string, string, never>;
  request_id: ColumnType<string | null, string | null, never>;
  before_hash: ColumnType<string | null, string | null, never>;
  after_hash: ColumnType<string | null, string | null, never>;
  previous_hash: ColumnType<string, string, never>;
  hash: ColumnType<string, string, never>;
  /** The RFC 8785 document `hash` was computed over, byte for byte. */
  canonical: ColumnType<string, string, never>;
}

/** Exactly one row, created by the migration; only the append path advances it. */
export interface AuditChainHeadTable {
  singleton: ColumnType<number, never, never>;
  last_seq: ColumnType<number, never, number>;
  last_hash: ColumnType<string, never, string>;
}
