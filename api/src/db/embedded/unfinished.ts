import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger.ts';
import { layout } from './layout.ts';

export function isUnfinished(entry: string): boolean {
  return layout.unfinishedPrefixes.some((prefix) => entry.startsWith(prefix));
}

/**
 * Removes data directories that an initialisation or a restore was building when its process
 * died. Only call while holding DATA_DIR's lock: then no live process is still building them.
 */
export async function removeUnfinished(dataDir: string, logger: Logger): Promise<void> {
  for (const entry of await fs.readdir(dataDir)) {
    if (!isUnfinished(entry)) continue;
    logger.warn(
      { directory: entry },
      'removing the remains of an interrupted initialisation or restore',
    );
    await fs.rm(path.join(dataDir, entry), { recursive: true, force: true });
  }
}
