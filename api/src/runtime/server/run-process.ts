import { exitWithError, loadConfigOrExit } from '../../cli/exit.ts';
import { createLogger } from '../../logger.ts';
import { startServer, type StartServerOptions } from './start.ts';

/** A shutdown must end well within the ten seconds a supervisor usually waits before SIGKILL. */
const shutdownLimitMs = 9_000;

/**
 * Runs the server as this process: configuration from the environment, one-line errors and exit
 * code 1 when it cannot start, and on SIGINT or SIGTERM a clean stop (requests finished,
 * database checkpointed and closed, socket and lock removed) with exit code 0. A second signal
 * ends the process at once; the embedded database survives that like any crash.
 */
export async function runServerProcess(
  options: Pick<StartServerOptions, 'extendApp' | 'webHandlerPath'> = {},
): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer({ ...options, config, logger, drainMs: 5_000 });
  } catch (error) {
    exitWithError(error, logger);
  }
  const running = server;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without a clean shutdown');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting without a clean shutdown');
      process.exit(1);
    }, shutdownLimitMs).unref();
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
