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
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-test-'));
  const templateFile = path.join(workDir, 'pglite-template.tar');
  const templateDir = path.join(workDir, 'pglite-template');
  const handle = await openPglite(await PGlite.create({ ...pgliteOptions, dataDir: templateDir }));
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await writeFile(templateFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplateFile', templateFile);
  project.provide('pgliteTemplateDir', templateDir);

  const url = process.env.TEST_DATABASE_URL || undefined;
  if (!url && process.env.TENDERWISE_REQUIRE_POSTGRES === '1') {
    throw new Error('TENDERWISE_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
  }
  let dropDatabases = async () => {};
  if (url) {
    const runId = `tw_test_${Date.now().toString(36)}_${process.pid}`;
    const template = `${runId}_template`;
    await onServer(url, `create database ${quoteIdentifier(template)}`);
    const pgHandle = await openPostgres(withDatabase(url, template), { poolSize: 1 });
    await migrateToLatest(pgHandle.db);
    await pgHandle.close();
    project.provide('postgres', { url, template, runId });
    dropDatabases = () => dropRunDatabases(url, runId);
  } else {
    project.provide('postgres', null);
  }

  return async () => {
    await dropDatabases();
    await rm(workDir, { recursive: true, force: true });
  };
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
