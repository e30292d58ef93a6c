import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, Migrator, type MigrationResultSet } from 'kysely/migration';

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

export async function migrationStatus(db: Kysely<any>): Promise<MigrationStatus> {
  const migrations = await createMigrator(db).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

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
