import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ensureDataDir, isErrno } from '../../db/embedded/layout.ts';

/** The file in DATA_DIR that holds the setup link while one is offered (ADR 0022). */
export const setupLinkFileName = 'setup-link.txt';

export function setupLinkPath(dataDir: string): string {
  return path.join(dataDir, setupLinkFileName);
}

/**
 * Writes the link to DATA_DIR/setup-link.txt, readable and writable by its owner only (0600),
 * replacing the file as a whole: it is created under another name with that mode from the start
 * (so its content is never readable by others, whatever the umask) and then renamed over the old
 * one, so a reader sees the old link or the new one, never half of either.
 */
export async function writeSetupLinkFile(dataDir: string, link: string): Promise<void> {
  await ensureDataDir(dataDir);
  const file = setupLinkPath(dataDir);
  const unfinished = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await fs.writeFile(unfinished, `${link}\n`, { mode: 0o600, flag: 'wx' });
  try {
    // The umask may have taken bits away; it cannot have added any.
    await fs.chmod(unfinished, 0o600);
    await fs.rename(unfinished, file);
  } catch (error) {
    await fs.rm(unfinished, { force: true });
    throw error;
  }
}

/**
 * Removes the file; with `onlyIf`, only while it still holds that link (another process on the
 * same DATA_DIR may have written a newer one since). A missing file is no error.
 */
export async function removeSetupLinkFile(
  dataDir: string,
  options: { onlyIf?: string } = {},
): Promise<void> {
  const file = setupLinkPath(dataDir);
  try {
    if (
      options.onlyIf !== undefined &&
      (await fs.readFile(file, 'utf8')).trim() !== options.onlyIf
    ) {
      return;
    }
    await fs.rm(file);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}
