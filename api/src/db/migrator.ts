import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import {
  DEFAULT_MIGRATION_TABLE,
  FileMigrationProvider,
  Migrator,
  type MigrationResultSet,
} from 'kysely/migration';

const migrationFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** A migration's file name: a sortable UTC timestamp, then an imperative name. */
export const migrationNamePattern = /^\d{14}_[a-z]+(?:_[a-z0-9]+)*$/;

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({
      fs,
      path,
      migrationFolder,
      import: (file: string) => import(pathToFileURL(file).href),
    }),
  });
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Brings the schema to the newest version. All pending migrations run in one transaction, and on
 * PostgreSQL under Kysely's advisory lock, so processes starting together migrate once.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return applied(await createMigrator(db).migrateToLatest());
}

/** Undoes the newest migration; for development. */
export async function migrateDown(db: Kysely<any>): Promise<string[]> {
  return applied(await createMigrator(db).migrateDown());
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/**
 * Which of this version's migrations the database has. Health checks call this often, so it
 * reads the migration folder once per process and asks the database one question.
 */
export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus> {
  const known = await knownMigrations();
  const done = new Set(await appliedMigrationNames(db));
  return {
    applied: [...done].sort(),
    pending: known.filter((name) => !done.has(name)),
  };
}

let knownMigrationNames: Promise<string[]> | undefined;

function knownMigrations(): Promise<string[]> {
  knownMigrationNames ??= fs.readdir(migrationFolder).then((files) =>
    files
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.slice(0, -'.ts'.length))
      .sort(),
  );
  return knownMigrationNames;
}

async function appliedMigrationNames(db: Kysely<any>): Promise<string[]> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(
      DEFAULT_MIGRATION_TABLE,
    )}`.execute(db);
    return rows.map((row) => row.name);
  } catch (error) {
    // A database that was never migrated has no migration table yet.
    if ((error as { code?: string }).code === undefinedTable) return [];
    throw error;
  }
}

const undefinedTable = '42P01';

function applied({ error, results = [] }: MigrationResultSet): string[] {
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined) {
    throw new MigrationError(
      failed ? `Migration ${failed.migrationName} failed` : 'Migrations could not run',
      { cause: error },
    );
  }
  return results.map((result) => result.migrationName);
}
