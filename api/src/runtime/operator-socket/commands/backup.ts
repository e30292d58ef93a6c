import path from 'node:path';
import { z } from 'zod';
import { backupEmbeddedDatabase } from '../../../db/embedded/backup.ts';
import { layout } from '../../../db/embedded/layout.ts';
import { postgresBackupAdvice } from '../postgres-backup-advice.ts';
import { AdminCommandError, defineAdminCommand } from '../registry.ts';

const BackupArgs = z.object({
  /** Absolute: the server that writes it has its own working directory. */
  file: z
    .string()
    .refine((file) => path.isAbsolute(file), 'must be an absolute path')
    .optional(),
});

export interface BackupResult {
  file: string;
  bytes: number;
  instanceId: string;
  createdAt: string;
}

export const backupCommand = defineAdminCommand({
  name: 'backup',
  summary: 'Writes a consistent backup of the embedded database to a file',
  args: BackupArgs,
  createsDatabase: false,
  async run({ handle, config, logger }, args): Promise<BackupResult> {
    if (handle.backend !== 'pglite') throw new AdminCommandError(postgresBackupAdvice);
    const now = new Date();
    const file = args.file ?? defaultBackupFile(config.dataDir, now);
    const written = await backupEmbeddedDatabase(handle, file, () => now);
    logger.info({ file, bytes: written.bytes }, 'backup written');
    return {
      file: written.file,
      bytes: written.bytes,
      instanceId: written.manifest.instanceId,
      createdAt: written.manifest.createdAt,
    };
  },
});

/** DATA_DIR/backups/tenderwise-20261128T043000Z.tar.gz: sorts by time, names the moment in UTC. */
export function defaultBackupFile(dataDir: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  return path.join(dataDir, layout.backups, `tenderwise-${stamp}.tar.gz`);
}
