import type { ColumnType, Generated } from 'kysely';

/**
 * The database as the application sees it. Each migration that adds or changes a table updates
 * this interface in the same commit; `test/db/schema-types.test.ts` compares it with the
 * migrated database.
 */
export interface DB {
  instance: InstanceTable;
}

export interface InstanceTable {
  /** Always 1: the table holds exactly one row describing this installation. */
  singleton: ColumnType<number, never, never>;
  id: Generated<string>;
  created_at: ColumnType<Date, never, never>;
}
