import { parseArgs } from 'node:util';
import { postgresBackupAdvice } from '../../runtime/operator-socket/postgres-backup-advice.ts';
import { isEmbedded } from '../../config.ts';
import { restoreEmbeddedBackup } from '../../db/embedded/restore.ts';
import type { ToolMain } from '../tool.ts';

/**
 * `npm run db:restore -- FILE [--data-dir DIR]`: restores a backup into an empty data directory
 * (DATA_DIR by default). It never overwrites a database and refuses while a server holds it.
 */
export const restore: ToolMain = async ({ config, logger, argv, writeLine, resolveUserPath }) => {
  const { positionals, values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' } },
    allowPositionals: true,
  });
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0) {
    throw new Error('Usage: npm run db:restore -- FILE [--data-dir DIR]');
  }
  if (!isEmbedded(config)) throw new Error(postgresBackupAdvice);
  const file = resolveUserPath(source);
  const dataDir =
    values['data-dir'] === undefined ? config.dataDir : resolveUserPath(values['data-dir']);
  const manifest = await restoreEmbeddedBackup({ file, dataDir, logger });
  writeLine(
    `Restored ${file} (installation ${manifest.instanceId}, made ${manifest.createdAt}) into ${dataDir}`,
  );
};
