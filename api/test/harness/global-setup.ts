import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { openPglite, openPostgres, pgliteOptions } from '../../src/db/open.ts';
import { onServer, quoteIdentifier, withDatabase } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    /** The same database as a data directory on disk, for the embedded database to open. */
    pgliteTemplateDir: string;
    postgres: { url: string; template: string; runId: string } | null;
  }
}

/**
 * Migrates the schema once per run: into a PGlite data directory on disk, which process tests
 * copy as a DATA_DIR (test/fixtures/data-dir.ts), dumped to a file that every in-process test
 * file loads (about a second instead of five for a cold start), and, when TEST_DATABASE_URL
 * is set, into a PostgreSQL template database that every test file clones. The run drops what
 * it created.
 */
export default async function setup(project: TestProject) {
  // Unit tests open no database: a run of the unit project alone needs no templates.
  if (project.vitest.projects.every((selected) => selected.name === 'unit')) {
    project.provide('pgliteTemplateFile', '');
    project.provide('pgliteTemplateDir', '');
    project.provide('postgres', null);
    return;
  }
  const url = process.env.TEST_DATABASE_URL || undefined;
  if (!url && process.env.TENDERWISE_REQUIRE_POSTGRES === '1') {
    throw new Error('TENDERWISE_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
  }
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-test-'));
  const templateFile = path.join(workDir, 'pglite-template.tar');
  const templateDir = path.join(workDir, 'pglite-template');
  const runId = `tw_test_${Date.now().toString(36)}_${process.pid}`;
  const template = `${runId}_template`;
  // Side by side: PGlite migrates in this process, PostgreSQL in its own server processes, so
  // the run waits for the longer of the two instead of their sum.
  const migrated = await Promise.allSettled([
    migratePgliteTemplate(templateDir, templateFile),
    url ? migratePostgresTemplate(url, template) : Promise.resolve(),
  ]);
  const dropDatabases = url ? () => dropRunDatabases(url, runId) : async () => {};
  const failed = migrated.find((result) => result.status === 'rejected');
  if (failed) {
    await dropDatabases();
    await rm(workDir, { recursive: true, force: true });
    throw failed.reason;
  }
  project.provide('pgliteTemplateFile', templateFile);
  project.provide('pgliteTemplateDir', templateDir);
  project.provide('postgres', url ? { url, template, runId } : null);

  return async () => {
    await dropDatabases();
    await rm(workDir, { recursive: true, force: true });
  };
}

async function migratePgliteTemplate(templateDir: string, templateFile: string): Promise<void> {
  const handle = await openPglite(await PGlite.create({ ...pgliteOptions, dataDir: templateDir }));
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
}

async function migratePostgresTemplate(url: string, template: string): Promise<void> {
  await onServer(url, `create database ${quoteIdentifier(template)}`);
  const handle = await openPostgres(withDatabase(url, template), { poolSize: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

async function dropRunDatabases(url: string, runId: string): Promise<void> {
  const client = new (await import('pg')).default.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${runId}%`],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${quoteIdentifier(datname)} with (force)`);
    }
  } finally {
    await client.end();
  }
}
