import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onServer, quoteIdentifier, withDatabase } from '../harness/postgres-admin.ts';
import { entries, runTool, stackTraceLine } from '../fixtures/processes.ts';

const postgres = inject('postgres');

describe.skipIf(!postgres)('[postgres] command-line tools on PostgreSQL', () => {
  const name = `${postgres?.runId}_tools_${randomBytes(4).toString('hex')}`;
  let env: Record<string, string>;

  beforeAll(async () => {
    await onServer(postgres!.url, `create database ${quoteIdentifier(name)}`);
    env = { DATABASE_URL: withDatabase(postgres!.url, name) };
  });
  afterAll(() =>
    onServer(postgres!.url, `drop database if exists ${quoteIdentifier(name)} with (force)`),
  );

  it('db:migrate migrates the database directly', async () => {
    const first = await runTool(entries.migrate, [], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\): /);
    const again = await runTool(entries.migrate, [], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^The database schema is up to date: /);
  });

  it.each([
    ['db:backup', entries.backup, []],
    ['db:restore', entries.restore, ['backup.tar.gz']],
  ])('%s refuses and points to pg_dump and pg_restore', async (_name, entry, args) => {
    const { code, stderr } = await runTool(entry, args, env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/pg_dump/);
    expect(stderr).toMatch(/pg_restore/);
    expect(stderr).not.toMatch(stackTraceLine);
  });
});
