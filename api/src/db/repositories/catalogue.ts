import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  CatalogueEntryTable,
  CatalogueFileKind,
  CatalogueFileTable,
  CatalogueRuleTable,
  EvaluationTemplateTable,
} from '../tables/catalogue.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type CatalogueFileRow = Selectable<CatalogueFileTable>;
export type CatalogueEntryRow = Selectable<CatalogueEntryTable>;
export type EvaluationTemplateRow = Selectable<EvaluationTemplateTable>;
export type CatalogueRuleRow = Selectable<CatalogueRuleTable>;

/** The tables a load writes, each row by id with the hash of its document. */
export const catalogueItemTables = [
  'catalogue_entry',
  'evaluation_template',
  'catalogue_rule',
] as const;
export type CatalogueItemTable = (typeof catalogueItemTables)[number];

/**
 * Serialises loads, also across processes on PostgreSQL: a second load waits until the first
 * committed and then finds nothing left to change. Held until the transaction ends.
 */
export async function lockCatalogueForLoad(trx: Transaction<DB>): Promise<void> {
  await sql`lock table catalogue_file in share row exclusive mode`.execute(trx);
}

export function listCatalogueFiles(db: Db, kind?: CatalogueFileKind): Promise<CatalogueFileRow[]> {
  let query = db.selectFrom('catalogue_file').selectAll().orderBy('id');
  if (kind !== undefined) query = query.where('kind', '=', kind);
  return query.execute();
}

export function insertCatalogueFile(db: Db, row: CatalogueFileRow): Promise<unknown> {
  return db.insertInto('catalogue_file').values(row).execute();
}

export function updateCatalogueFile(db: Db, row: CatalogueFileRow): Promise<unknown> {
  const { id, ...values } = row;
  return db.updateTable('catalogue_file').set(values).where('id', '=', id).execute();
}

/** Deletes files and, by cascade, their items. */
export function deleteCatalogueFiles(db: Db, ids: readonly string[]): Promise<unknown> {
  if (ids.length === 0) return Promise.resolve();
  return db.deleteFrom('catalogue_file').where('id', 'in', ids).execute();
}

/**
 * Every stored item of one table without its document (the hash stands for it), to compare with
 * what a load brings. Templates have no position.
 */
export async function listStoredItems(
  db: Db,
  table: CatalogueItemTable,
): Promise<{ id: string; file_id: string; sha256: string; position: number | null }[]> {
  if (table === 'evaluation_template') {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'file_id', 'sha256'])
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, position: null }));
  }
  return db
    .selectFrom(table)
    .select(['id', 'file_id', 'sha256', 'position'])
    .orderBy('id')
    .execute();
}

export function insertCatalogueEntries(
  db: Db,
  rows: readonly CatalogueEntryRow[],
): Promise<unknown> {
  return insertInChunks(db, 'catalogue_entry', rows);
}

export function updateCatalogueEntry(db: Db, row: CatalogueEntryRow): Promise<unknown> {
  const { id, ...values } = row;
  return db.updateTable('catalogue_entry').set(values).where('id', '=', id).execute();
}

export function insertEvaluationTemplates(
  db: Db,
  rows: readonly EvaluationTemplateRow[],
): Promise<unknown> {
  return insertInChunks(db, 'evaluation_template', rows);
}

export function updateEvaluationTemplate(db: Db, row: EvaluationTemplateRow): Promise<unknown> {
  const { id, ...values } = row;
  return db.updateTable('evaluation_template').set(values).where('id', '=', id).execute();
}

export function insertCatalogueRules(db: Db, rows: readonly CatalogueRuleRow[]): Promise<unknown> {
  return insertInChunks(db, 'catalogue_rule', rows);
}

export function updateCatalogueRule(db: Db, row: CatalogueRuleRow): Promise<unknown> {
  const { id, ...values } = row;
  return db.updateTable('catalogue_rule').set(values).where('id', '=', id).execute();
}

/** Rows per INSERT statement: one round trip per chunk instead of per row. */
const insertChunk = 50;

async function insertInChunks<T extends CatalogueItemTable>(
  db: Db,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += insertChunk) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + insertChunk) as Insertable<DB[T]>[])
      .execute();
  }
}

export function deleteItems(
  db: Db,
  table: CatalogueItemTable,
  ids: readonly string[],
): Promise<unknown> {
  if (ids.length === 0) return Promise.resolve();
  return db.deleteFrom(table).where('id', 'in', ids).execute();
}

/** Entries in catalogue order (file, then position), optionally of one file only. */
export function listCatalogueEntries(
  db: Db,
  filter: { fileId?: string; kind?: string; verified?: boolean } = {},
): Promise<(CatalogueEntryRow & { file_version: string })[]> {
  let query = db
    .selectFrom('catalogue_entry')
    .innerJoin('catalogue_file', 'catalogue_file.id', 'catalogue_entry.file_id')
    .selectAll('catalogue_entry')
    .select('catalogue_file.version as file_version')
    .orderBy('catalogue_entry.file_id')
    .orderBy('catalogue_entry.position');
  if (filter.fileId !== undefined)
    query = query.where('catalogue_entry.file_id', '=', filter.fileId);
  if (filter.kind !== undefined) query = query.where('catalogue_entry.kind', '=', filter.kind);
  if (filter.verified !== undefined) {
    query = query.where('catalogue_entry.verified', '=', filter.verified);
  }
  return query.execute();
}

export function findCatalogueEntry(
  db: Db,
  id: string,
): Promise<(CatalogueEntryRow & { file_version: string }) | undefined> {
  return db
    .selectFrom('catalogue_entry')
    .innerJoin('catalogue_file', 'catalogue_file.id', 'catalogue_entry.file_id')
    .selectAll('catalogue_entry')
    .select('catalogue_file.version as file_version')
    .where('catalogue_entry.id', '=', id)
    .executeTakeFirst();
}

/** Entry counts per catalogue file: all and verified. */
export function countCatalogueEntries(
  db: Db,
): Promise<{ file_id: string; entries: number; verified: number }[]> {
  return db
    .selectFrom('catalogue_entry')
    .select((eb) => [
      'file_id',
      sql<number>`count(*)::int`.as('entries'),
      sql<number>`(count(*) filter (where ${eb.ref('verified')}))::int`.as('verified'),
    ])
    .groupBy('file_id')
    .orderBy('file_id')
    .execute();
}

export function listEvaluationTemplates(db: Db): Promise<EvaluationTemplateRow[]> {
  return db.selectFrom('evaluation_template').selectAll().orderBy('id').execute();
}

export function findEvaluationTemplate(
  db: Db,
  id: string,
): Promise<EvaluationTemplateRow | undefined> {
  return db.selectFrom('evaluation_template').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rules of every file of one kind, in file and rule order, with their file's version. */
export function listCatalogueRules(
  db: Db,
  kind: Extract<CatalogueFileKind, 'recommendationRules' | 'legalExposureRules'>,
): Promise<(CatalogueRuleRow & { file_version: string })[]> {
  return db
    .selectFrom('catalogue_rule')
    .innerJoin('catalogue_file', 'catalogue_file.id', 'catalogue_rule.file_id')
    .selectAll('catalogue_rule')
    .select('catalogue_file.version as file_version')
    .where('catalogue_file.kind', '=', kind)
    .orderBy('catalogue_rule.file_id')
    .orderBy('catalogue_rule.position')
    .execute();
}
