import { parseArgs } from 'node:util';
import type { BackupResult } from '../../runtime/operator-socket/commands/backup.ts';
import { postgresBackupAdvice } from '../../runtime/operator-socket/postgres-backup-advice.ts';
import { runAdminCommand } from '../../runtime/operator-socket/run-admin-command.ts';
import { isEmbedded } from '../../config.ts';
import type { ToolMain } from '../tool.ts';

/**
 * `npm run db:backup [-- FILE]`: a consistent backup of the embedded database, made by the
 * running server if there is one. Prints the backup's path and nothing else on stdout.
 */
export const backup: ToolMain = async ({ config, logger, argv, writeLine, resolveUserPath }) => {
  const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true });
  if (positionals.length > 1) throw new Error('Usage: npm run db:backup [-- FILE]');
  if (!isEmbedded(config)) throw new Error(postgresBackupAdvice);
  const file = positionals[0] === undefined ? undefined : resolveUserPath(positionals[0]);
  const { result } = await runAdminCommand<BackupResult>(config, 'backup', { file }, { logger });
  writeLine(result.file);
};
