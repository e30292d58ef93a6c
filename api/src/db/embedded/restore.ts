import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../../logger.ts';
import { openPglite, pgliteOptions } from '../open.ts';
import { readBackupArchive, type BackupManifest } from './backup-archive.ts';
import { isErrno, layout, pgdataPath, syncDirectory } from './layout.ts';
import { acquireDataDirLock, describeHolder, findLockHolder } from './lock.ts';
import { isUnfinished, removeUnfinished } from './unfinished.ts';

/** The restore was refused before anything was written. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

export interface RestoreOptions {
  file: string;
  dataDir: string;
  logger: Logger;
}

/**
 * Restores a backup into a data directory that holds no database. Restoring over an existing database is refused
 * rather than offered: the operator moves the old directory aside, so a mistaken restore can be
 * undone. The backup is read and checked completely before anything is written, and the data
 * directory is built in a temporary sibling that becomes `pgdata` only once it opened and showed
 * the backed-up installation.
 */
export async function restoreEmbeddedBackup(options: RestoreOptions): Promise<BackupManifest> {
  const { file, dataDir, logger } = options;
  const { manifest, pgdata } = await readBackupArchive(file);

  const holder = await findLockHolder(dataDir);
  if (holder) {
    throw new RestoreRefusedError(
      `The data directory ${dataDir} is in use by ${describeHolder(holder)}; stop it and restore into an empty directory`,
    );
  }
  await refuseUnlessEmpty(dataDir);

  const lock = await acquireDataDirLock(dataDir, 'the restore tool');
  const building = path.join(dataDir, `${layout.unfinishedPrefixes[1]}${process.pid}`);
  try {
    await refuseUnlessEmpty(dataDir);
    await removeUnfinished(dataDir, logger);
    const pglite = await PGlite.create({
      ...pgliteOptions,
      dataDir: building,
      loadDataDir: new Blob([pgdata]),
    });
    const handle = await openPglite(pglite);
    try {
      const instance = await handle.db.selectFrom('instance').select('id').executeTakeFirst();
      if (instance?.id !== manifest.instanceId) {
        throw new Error(`${file} did not restore to the installation its manifest names`);
      }
    } finally {
      await handle.close();
    }
    await fs.rename(building, pgdataPath(dataDir));
    await syncDirectory(dataDir);
    logger.info({ file, dataDir, instanceId: manifest.instanceId }, 'backup restored');
    return manifest;
  } catch (error) {
    await fs.rm(building, { recursive: true, force: true });
    throw error;
  } finally {
    await lock.release();
  }
}

/**
 * What a data directory without a database may still hold: its backups (restoring from
 * DATA_DIR/backups after moving a damaged pgdata aside is the usual case), the lock and socket a
 * crashed server left, and the remains of an interrupted initialisation or restore.
 */
const toleratedNames: readonly string[] = [layout.backups, layout.lock, layout.adminSocket];
const tolerated = (entry: string) => toleratedNames.includes(entry) || isUnfinished(entry);

async function refuseUnlessEmpty(dataDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await fs.readdir(dataDir);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    if (isErrno(error, 'ENOTDIR')) throw new RestoreRefusedError(`${dataDir} is not a directory`);
    throw error;
  }
  const occupied = entries.filter((entry) => !tolerated(entry));
  if (occupied.length > 0) {
    throw new RestoreRefusedError(
      `The data directory ${dataDir} is not empty (it holds ${occupied.slice(0, 3).join(', ')}); ` +
        'move that aside, or restore into a new directory with --data-dir',
    );
  }
}
