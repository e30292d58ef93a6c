import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { layout } from '../../db/embedded/layout.ts';

/** sun_path holds 108 bytes on Linux, the terminating NUL included. */
const maxSocketPathBytes = 107;

/**
 * Where the admin socket of the server on `dataDir` listens: DATA_DIR/admin.sock, or, when that
 * path is too long for a Unix socket, a name derived from DATA_DIR in a directory private to this
 * user under the temporary directory. Server and tools compute it the same way.
 */
export function adminSocketPath(dataDir: string): string {
  const inDataDir = path.join(dataDir, layout.adminSocket);
  if (Buffer.byteLength(inDataDir) <= maxSocketPathBytes) return inDataDir;
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 24);
  const fallback = path.join(fallbackDirectory(), `${digest}.sock`);
  if (Buffer.byteLength(fallback) > maxSocketPathBytes) {
    throw new Error(
      `The admin socket path for ${dataDir} is too long for a Unix socket, and so is ${fallback}; set TMPDIR to a shorter directory`,
    );
  }
  return fallback;
}

function fallbackDirectory(): string {
  return path.join(os.tmpdir(), `tenderwise-${process.getuid?.() ?? 'user'}`);
}

/**
 * Makes sure the socket's directory admits nobody else. DATA_DIR was checked when it was locked;
 * the shared temporary directory is where another user could have prepared a trap.
 */
export async function prepareSocketDirectory(socketPath: string): Promise<void> {
  const dir = path.dirname(socketPath);
  if (dir !== fallbackDirectory()) return;
  await fs.mkdir(dir, { mode: 0o700, recursive: true });
  const stat = await fs.lstat(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new Error(`${dir} must be a directory owned by this user with mode 0700`);
  }
}
