import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Where the embedded database keeps its files inside DATA_DIR. */
export const layout = {
  pgdata: 'pgdata',
  lock: 'tenderwise.lock',
  adminSocket: 'admin.sock',
  backups: 'backups',
  /** A data directory being created or restored; renamed to `pgdata` only once complete. */
  unfinishedPrefixes: ['pgdata.initialising-', 'pgdata.restoring-'],
} as const;

export function pgdataPath(dataDir: string): string {
  return path.join(dataDir, layout.pgdata);
}

/**
 * Creates DATA_DIR readable by its owner only: it holds every tender, bid and password hash.
 * An existing directory is left as the operator made it.
 */
export async function ensureDataDir(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
}

/** Makes a rename inside `dir` survive a power loss, where the platform supports it. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}

export async function pathExists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
