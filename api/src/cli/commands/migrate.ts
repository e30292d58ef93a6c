import { parseArgs } from 'node:util';
import type { MigrateResult } from '../../runtime/operator-socket/commands/migrate.ts';
import { runAdminCommand } from '../../runtime/operator-socket/run-admin-command.ts';
import type { ToolMain } from '../tool.ts';

/** `npm run db:migrate`: applies pending migrations, through the running server if there is one. */
export const migrate: ToolMain = async ({ config, logger, argv, writeLine }) => {
  parseArgs({ args: argv, options: {}, allowPositionals: false });
  const { result, ranBy } = await runAdminCommand<MigrateResult>(config, 'migrate', {}, { logger });
  const where = ranBy.via === 'server' ? ` (by the running server, PID ${ranBy.pid})` : '';
  writeLine(
    result.applied.length > 0
      ? `Applied ${result.applied.length} migration(s)${where}: ${result.applied.join(', ')}`
      : `The database schema is up to date${where}: ${result.current.length} migration(s) applied`,
  );
};
