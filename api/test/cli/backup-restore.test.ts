import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '../../src/db/embedded/open-embedded.ts';
import { createLogger } from '../../src/logger.ts';
import { copyMigratedDatabase } from '../fixtures/data-dir.ts';
import { seedUser } from '../services/accounts/fixtures.ts';
import {
  entries,
  runTool,
  scratchDir,
  stackTraceLine,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../fixtures/processes.ts';
import { backup } from '../../src/cli/commands/backup.ts';
import { restore } from '../../src/cli/commands/restore.ts';
import { runToolInProcess } from '../fixtures/tool-in-process.ts';

async function checksums(url: string): Promise<Record<string, string>> {
  return (await (await fetch(`${url}/api/test-checksums`)).json()) as Record<string, string>;
}

describe('[pglite] db:backup and db:restore', () => {
  let root: string;
  let remove: () => Promise<void>;
  let dataDir: string;
  let server: ServerProcess;
  let backupFile: string;

  beforeAll(async () => {
    ({ dir: root, remove } = await scratchDir());
    dataDir = path.join(root, 'original');
    await copyMigratedDatabase(dataDir);
    // With an administrator, a server start writes nothing: on an installation without one each
    // start replaces its setup link (ADR 0022), and the restored copy would differ by that.
    const handle = await openEmbeddedDatabase({
      dataDir,
      purpose: 'the backup test',
      logger: createLogger('silent'),
      migrate: false,
      create: false,
    });
    try {
      await seedUser(handle.db, 'admin');
    } finally {
      await handle.close();
    }
    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`${server.url}/api/test-writes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: `row-${i}` }),
      });
      expect(response.status).toBe(201);
    }
  });
  afterAll(() => remove());

  it('backs up through the running server and restores the same rows into a new directory', async () => {
    const before = await checksums(server.url);
    expect(before.test_writes).toMatch(/^50:/);

    const backup = await runTool(entries.backup, [], { DATA_DIR: dataDir });
    expect(backup.code, backup.stderr).toBe(0);
    backupFile = backup.stdout.trim();
    expect(path.dirname(backupFile)).toBe(path.join(dataDir, 'backups'));
    expect(path.basename(backupFile)).toMatch(/^tenderwise-\d{8}T\d{6}Z\.tar\.gz$/);
    expect((await stat(backupFile)).mode & 0o777).toBe(0o600);

    const restoredDir = path.join(root, 'restored');
    const restore = await runTool(entries.restore, [backupFile, '--data-dir', restoredDir], {
      DATA_DIR: dataDir,
    });
    expect(restore.code, restore.stderr).toBe(0);
    expect(await readdir(restoredDir)).toEqual(['pgdata']);

    const restored = await startServerProcess(entries.serverWithWrites, { DATA_DIR: restoredDir });
    try {
      expect(await checksums(restored.url)).toEqual(before);
    } finally {
      expect((await terminate(restored)).code).toBe(0);
    }
  });

  it('resolves a relative file name against the directory the command was run from', async () => {
    const { code, stdout, stderr } = await runToolInProcess(backup, ['mine.tar.gz'], {
      DATA_DIR: dataDir,
      INIT_CWD: root,
    });
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe(path.join(root, 'mine.tar.gz'));
    await stat(path.join(root, 'mine.tar.gz'));
  });

  it('refuses to restore while a server holds the data directory', async () => {
    const { code, stderr } = await runToolInProcess(restore, [backupFile], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(stderr).toContain(`PID ${server.pid}`);
    expect(stderr).not.toMatch(stackTraceLine);
  });

  it('refuses to restore into a directory that is not empty', async () => {
    const occupied = path.join(root, 'occupied');
    await mkdir(occupied);
    await writeFile(path.join(occupied, 'notes.txt'), 'keep me');
    const { code, stderr } = await runToolInProcess(
      restore,
      [backupFile, '--data-dir', occupied],
      {},
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not empty/);
    expect(await readdir(occupied)).toEqual(['notes.txt']);
  });

  it('refuses a file that is not a Tenderwise backup before writing anything', async () => {
    const target = path.join(root, 'never-created');
    const notBackup = path.join(root, 'notes.tar.gz');
    await writeFile(notBackup, 'not a backup');
    const { code, stderr } = await runToolInProcess(restore, [notBackup, '--data-dir', target], {});
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a Tenderwise backup/);
    expect(stderr).not.toMatch(stackTraceLine);
    await expect(stat(target)).rejects.toThrow(/ENOENT/);
  });

  it('backs up in its own process when no server runs, and leaves no lock behind', async () => {
    expect((await terminate(server)).code).toBe(0);
    const file = path.join(root, 'offline.tar.gz');
    const { code, stdout, stderr } = await runToolInProcess(backup, [file], { DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe(file);
    expect((await readdir(dataDir)).sort()).toEqual(['backups', 'pgdata']);
  });

  it('restores from DATA_DIR/backups once the damaged database was moved aside', async () => {
    await rename(path.join(dataDir, 'pgdata'), path.join(root, 'pgdata-damaged'));
    // What a crashed server leaves: its lock and its socket.
    await writeFile(
      path.join(dataDir, 'tenderwise.lock'),
      JSON.stringify({
        pid: 999_999_999,
        hostname: os.hostname(),
        startedAt: '2026-01-01T00:00:00Z',
        purpose: 'server',
      }),
    );
    await writeFile(path.join(dataDir, 'admin.sock'), '');
    const { code, stderr } = await runToolInProcess(restore, [backupFile], { DATA_DIR: dataDir });
    expect(code, stderr).toBe(0);
    expect((await readdir(dataDir)).sort()).toEqual(['admin.sock', 'backups', 'pgdata']);
  });
});
