import { setTimeout as sleep } from 'node:timers/promises';
import { isEmbedded, type Config } from '../../config.ts';
import { DataDirLockedError, findLockHolder, type LockHolder } from '../../db/embedded/lock.ts';
import { openEmbeddedDatabase } from '../../db/embedded/open-embedded.ts';
import { openPostgres, type DatabaseHandle } from '../../db/open.ts';
import type { Logger } from '../../logger.ts';
import { AdminSocketUnavailableError, sendAdminCommand } from './client.ts';
import { defaultAdminRegistry } from './commands/index.ts';
import { resolveAdminCommand, type AdminRegistry } from './registry.ts';
import { adminSocketPath } from './socket-path.ts';

export interface AdminOutcome<Result = unknown> {
  result: Result;
  /** `server`: the running server ran it; `in-process`: this process opened the database itself. */
  ranBy: { via: 'server'; pid: number } | { via: 'in-process' };
}

export interface RunAdminCommandOptions {
  logger: Logger;
  registry?: AdminRegistry;
  /** How long to wait for a starting server's admin socket (a new data directory takes seconds). */
  socketWaitMs?: number;
}

/**
 * Runs an admin command where the database is: through the admin socket when a live server holds
 * the embedded data directory, otherwise in this process, holding the data directory's lock for
 * the duration. On PostgreSQL every process may connect, so the command runs here.
 */
export async function runAdminCommand<Result = unknown>(
  config: Config,
  name: string,
  rawArgs: unknown,
  options: RunAdminCommandOptions,
): Promise<AdminOutcome<Result>> {
  const registry = options.registry ?? defaultAdminRegistry();
  const { command, args } = resolveAdminCommand(registry, name, rawArgs);
  const { logger } = options;

  const runHere = async (handle: DatabaseHandle): Promise<AdminOutcome<Result>> => {
    try {
      const result = (await command.run({ db: handle.db, handle, config, logger }, args)) as Result;
      return { result, ranBy: { via: 'in-process' } };
    } finally {
      await handle.close();
    }
  };

  if (!isEmbedded(config)) return runHere(await openPostgres(config.databaseUrl!, { poolSize: 2 }));

  const deadline = Date.now() + (options.socketWaitMs ?? 60_000);
  for (;;) {
    let holder: LockHolder;
    try {
      const handle = await openEmbeddedDatabase({
        dataDir: config.dataDir,
        purpose: `the ${name} tool`,
        logger,
        migrate: false,
        create: command.createsDatabase,
      });
      return runHere(handle);
    } catch (error) {
      // Another tool holding the directory has no socket: its message (who, which PID) is the answer.
      if (!(error instanceof DataDirLockedError) || error.holder.purpose !== 'server') throw error;
      holder = error.holder;
    }
    const socketPath = adminSocketPath(config.dataDir);
    // The server takes the lock before its socket listens; wait for it, as long as it lives.
    while (await isStillHeldBy(config.dataDir, holder)) {
      try {
        const result = (await sendAdminCommand(socketPath, command.name, args)) as Result;
        return { result, ranBy: { via: 'server', pid: holder.pid } };
      } catch (error) {
        if (!(error instanceof AdminSocketUnavailableError)) throw error;
        if (Date.now() > deadline) {
          throw new Error(
            `The server (PID ${holder.pid}) holds ${config.dataDir} but its admin socket does not answer`,
            { cause: error },
          );
        }
        await sleep(200);
      }
    }
  }
}

async function isStillHeldBy(dataDir: string, holder: LockHolder): Promise<boolean> {
  const current = await findLockHolder(dataDir);
  return current?.pid === holder.pid && current.startedAt === holder.startedAt;
}
