import type { ColumnType } from 'kysely';

// Tables of the demo migrations; each table's interface is named <Name>Table.
export interface DemoTables {
  demo_object: DemoObjectTable;
}

/**
 * Which object the demo loader made for each key of the demo files. Rows are only ever added:
 * a demo object is remembered as long as the installation exists.
 */
export interface DemoObjectTable {
  /** What the key names: `organisation`, `user`, later `options_review` … */
  kind: ColumnType<string, string, never>;
  key: ColumnType<string, string, never>;
  object_id: ColumnType<string, string, never>;
  created_at: ColumnType<Date, Date, never>;
}
