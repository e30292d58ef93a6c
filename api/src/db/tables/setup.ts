import type { ColumnType, Generated } from 'kysely';

// Tables of the setup-token migration; each table's interface is named <Name>Table.
export interface SetupTables {
  setup_token: SetupTokenTable;
}

/** The setup link of an installation without an administrator (ADR 0022). */
export interface SetupTokenTable {
  id: Generated<string>;
  /** SHA-256 of the token; the token itself is printed once and kept in DATA_DIR, never here. */
  token_hash: ColumnType<Uint8Array, Uint8Array, never>;
  created_at: ColumnType<Date, Date, never>;
  /** When the token was used up: by the setup, or because an administrator came to be otherwise. */
  used_at: Date | null;
  /** The administrator the link created; null while open and when withdrawn. */
  administrator_id: string | null;
}
