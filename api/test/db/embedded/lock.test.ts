import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../../../src/db/embedded/layout.ts';
import {
  acquireDataDirLock,
  DataDirLockedError,
  findLockHolder,
} from '../../../src/db/embedded/lock.ts';
import { childEnv, entries, scratchDir, spawnNode } from '../../fixtures/processes.ts';

/** The PID of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = promisify(execFile)(process.execPath, ['-e', '']);
  const pid = child.child.pid!;
  await child;
  return pid;
}

describe('data directory lock', () => {
  let root: string;
  let removeRoot: () => Promise<void>;
  let count = 0;
  const freshDir = () => path.join(root, `data-${++count}`);

  beforeAll(async () => {
    ({ dir: root, remove: removeRoot } = await scratchDir());
  });
  afterAll(() => removeRoot());

  it('creates DATA_DIR for its owner only and records who holds it', async () => {
    const dataDir = freshDir();
    const lock = await acquireDataDirLock(dataDir, 'server');
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    const content = JSON.parse(await readFile(path.join(dataDir, layout.lock), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, hostname: os.hostname(), purpose: 'server' });
    expect(new Date(content.startedAt).getTime()).not.toBeNaN();
    await lock.release();
    await expect(stat(path.join(dataDir, layout.lock))).rejects.toThrow(/ENOENT/);
  });

  it('refuses while a live process holds it, naming that process', async () => {
    const dataDir = freshDir();
    const lock = await acquireDataDirLock(dataDir, 'server');
    const refused = await acquireDataDirLock(dataDir, 'the backup tool').catch((error) => error);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(refused.message).toContain(`PID ${process.pid}`);
    expect((await findLockHolder(dataDir))?.pid).toBe(process.pid);
    await lock.release();
    await (await acquireDataDirLock(dataDir, 'server')).release();
  });

  it('takes over a lock left by a dead process', async () => {
    const dataDir = freshDir();
    await (await acquireDataDirLock(dataDir, 'server')).release();
    const holder = {
      pid: await deadPid(),
      hostname: os.hostname(),
      startedAt: '2026-01-01T00:00:00Z',
      purpose: 'server',
    };
    await writeFile(path.join(dataDir, layout.lock), JSON.stringify(holder));
    expect(await findLockHolder(dataDir)).toBeUndefined();
    const lock = await acquireDataDirLock(dataDir, 'server');
    expect(lock.holder.pid).toBe(process.pid);
    await lock.release();
  });

  it('never takes over a lock held on another host, and says how to clear it', async () => {
    const dataDir = freshDir();
    await (await acquireDataDirLock(dataDir, 'server')).release();
    const file = path.join(dataDir, layout.lock);
    const holder = {
      pid: await deadPid(),
      hostname: 'elsewhere',
      startedAt: '2026-01-01T00:00:00Z',
      purpose: 'server',
    };
    await writeFile(file, JSON.stringify(holder));
    const refused = await acquireDataDirLock(dataDir, 'server').catch((error) => error);
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(refused.message).toContain(`PID ${holder.pid} on elsewhere`);
    expect(refused.message).toContain(`delete ${file}`);
  });

  it('takes over a lock whose PID now belongs to another process', async () => {
    const dataDir = freshDir();
    const lock = await acquireDataDirLock(dataDir, 'server');
    const file = path.join(dataDir, layout.lock);
    const reused = { ...JSON.parse(await readFile(file, 'utf8')), processStart: '1' };
    await lock.release();
    await writeFile(file, JSON.stringify(reused));
    await (await acquireDataDirLock(dataDir, 'server')).release();
  });

  it('treats a lock file that stays empty as the remains of a crash while locking', async () => {
    const dataDir = freshDir();
    await (await acquireDataDirLock(dataDir, 'server')).release();
    await writeFile(path.join(dataDir, layout.lock), '');
    await (await acquireDataDirLock(dataDir, 'server')).release();
  });

  it('gives a stale lock to exactly one of many concurrent callers', async () => {
    const dataDir = freshDir();
    await (await acquireDataDirLock(dataDir, 'server')).release();
    const holder = {
      pid: await deadPid(),
      hostname: os.hostname(),
      startedAt: '2026-01-01T00:00:00Z',
      purpose: 'server',
    };
    await writeFile(path.join(dataDir, layout.lock), JSON.stringify(holder));
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, () => acquireDataDirLock(dataDir, 'server')),
    );
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === 'rejected') expect(attempt.reason).toBeInstanceOf(DataDirLockedError);
    }
    await won[0]!.value.release();
  });

  it('gives a stale lock to exactly one of several racing processes', async () => {
    for (let round = 0; round < 2; round++) {
      const dataDir = freshDir();
      await (await acquireDataDirLock(dataDir, 'server')).release();
      const holder = {
        pid: await deadPid(),
        hostname: os.hostname(),
        startedAt: '2026-01-01T00:00:00Z',
        purpose: 'server',
      };
      await writeFile(path.join(dataDir, layout.lock), JSON.stringify(holder));
      const contenders = Array.from({ length: 6 }, () =>
        spawnNode(entries.acquireLock, [dataDir], childEnv({})),
      );
      // All started and waiting, then all told at once: a slow start cannot turn the race into
      // a queue. The winner holds the lock until every other contender has tried.
      await Promise.all(contenders.map((contender) => contender.line(/^ready$/)));
      for (const contender of contenders) contender.child.stdin!.write('go\n');
      const answers = await Promise.all(
        contenders.map((contender) => contender.line(/^(acquired|held by \d+)$/)),
      );
      for (const contender of contenders) contender.child.stdin!.end();
      const outcomes = await Promise.all(
        contenders.map(async (contender, index) => {
          const { code } = await contender.exited;
          expect(code, contender.stderr()).toBe(0);
          return answers[index]!;
        }),
      );
      expect(outcomes.filter((outcome) => outcome === 'acquired')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome.startsWith('held by '))).toHaveLength(5);
    }
  });
});
