import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { ensureDataDir, isErrno, layout } from './layout.ts';
import { currentProcessIdentity, isProcessAlive } from './process-identity.ts';

const LockHolder = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  /** `server`, or which tool holds the directory; tells a tool whether to expect an admin socket. */
  purpose: z.string(),
  bootId: z.string().optional(),
  processStart: z.string().optional(),
});
export type LockHolder = z.output<typeof LockHolder>;

/** Another live process holds the data directory. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  readonly holder: LockHolder;

  constructor(dataDir: string, holder: LockHolder) {
    // A holder on another host (a network file system, a container with its own name) cannot be
    // checked from here, so it is never taken over: the operator decides.
    const remote =
      holder.hostname === os.hostname()
        ? ''
        : `; if nothing runs there any more, delete ${path.join(dataDir, layout.lock)}`;
    super(`The data directory ${dataDir} is in use by ${describeHolder(holder)}${remote}`);
    this.holder = holder;
  }
}

export function describeHolder(holder: LockHolder): string {
  const who = holder.purpose === 'server' ? 'a Tenderwise server' : holder.purpose;
  return `${who} (PID ${holder.pid} on ${holder.hostname}, since ${holder.startedAt})`;
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

const maxAttempts = 100;

/**
 * Takes the data directory for this process. PGlite has no lock of its own, and two processes on
 * one data directory silently lose transactions, so every embedded open goes through here.
 *
 * The lock file is created atomically (O_EXCL). A lock whose holder is dead is removed only by the
 * process that holds a second, short-lived "takeover" file, after re-checking under it that the
 * lock file is still the very file it judged stale; so of several processes racing for a stale
 * lock, exactly one gets it and none removes a lock another has just taken.
 */
export async function acquireDataDirLock(dataDir: string, purpose: string): Promise<DataDirLock> {
  await ensureDataDir(dataDir);
  const file = path.join(dataDir, layout.lock);
  const holder: LockHolder = {
    ...currentProcessIdentity(),
    startedAt: new Date().toISOString(),
    purpose,
  };
  const content = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (await createExclusive(file, content)) return ownLock(file, holder, content);
    const found = await inspect(file);
    if (found.state === 'live') throw new DataDirLockedError(dataDir, found.holder);
    if (found.state === 'stale') await takeOver(file, found);
  }
  throw new Error(`Could not take the lock ${file}: other processes kept changing it`);
}

/** The live process holding the data directory, if any; for refusing early with a clear message. */
export async function findLockHolder(dataDir: string): Promise<LockHolder | undefined> {
  const found = await inspect(path.join(dataDir, layout.lock));
  return found.state === 'live' ? found.holder : undefined;
}

function ownLock(file: string, holder: LockHolder, content: string): DataDirLock {
  let released = false;
  return {
    holder,
    async release() {
      if (released) return;
      released = true;
      const current = await snapshot(file);
      if (current?.raw === content) await fs.rm(file, { force: true });
    },
  };
}

async function createExclusive(file: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx', 0o600);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

interface Snapshot {
  raw: string;
  ino: number;
}

type Inspection =
  | { state: 'absent' }
  | ({ state: 'live'; holder: LockHolder } & Snapshot)
  | ({ state: 'stale' } & Snapshot);

async function inspect(file: string): Promise<Inspection> {
  for (let read = 0; ; read++) {
    const found = await snapshot(file);
    if (!found) return { state: 'absent' };
    const holder = parseHolder(found.raw);
    if (holder) {
      return isProcessAlive(holder)
        ? { state: 'live', holder, ...found }
        : { state: 'stale', ...found };
    }
    // The file exists from the moment of its O_EXCL create and is filled just after; one that stays
    // empty or partial for half a second belongs to a process that died in between.
    if (read >= 10) return { state: 'stale', ...found };
    await sleep(50);
  }
}

async function snapshot(file: string): Promise<Snapshot | undefined> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const [raw, stat] = await Promise.all([handle.readFile('utf8'), handle.stat()]);
      return { raw, ino: stat.ino };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

function parseHolder(raw: string): LockHolder | undefined {
  try {
    const parsed = LockHolder.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

async function takeOver(file: string, stale: Snapshot): Promise<void> {
  const guard = `${file}.takeover`;
  const guardHolder: LockHolder = {
    ...currentProcessIdentity(),
    startedAt: new Date().toISOString(),
    purpose: 'lock takeover',
  };
  if (!(await createExclusive(guard, `${JSON.stringify(guardHolder)}\n`))) {
    await clearStaleGuard(guard);
    await sleep(5 + Math.random() * 20);
    return;
  }
  try {
    const current = await snapshot(file);
    if (current && current.raw === stale.raw && current.ino === stale.ino) {
      await fs.rm(file, { force: true });
    }
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/**
 * A takeover file left by a process that died during the few milliseconds of a takeover. It is
 * moved aside before it is deleted, so a racing process that has just created a fresh one gets
 * it back instead of losing it.
 */
async function clearStaleGuard(guard: string): Promise<void> {
  const found = await inspect(guard);
  if (found.state !== 'stale') return;
  const aside = `${guard}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(guard, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = await snapshot(aside);
  if (moved && (moved.raw !== found.raw || moved.ino !== found.ino)) {
    await fs.link(aside, guard).catch(() => {});
  }
  await fs.rm(aside, { force: true });
}
