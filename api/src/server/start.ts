import type { OpenAPIHono } from '@hono/zod-openapi';
import { defaultAdminRegistry } from '../admin/commands/index.ts';
import type { AdminRegistry } from '../admin/registry.ts';
import { startAdminServer, type AdminServer } from '../admin/server.ts';
import { adminSocketPath } from '../admin/socket-path.ts';
import { createApp, type AppDeps, type AppEnv } from '../app.ts';
import { databaseClock, systemClock } from '../clock.ts';
import { isEmbedded, loadConfig, type Config } from '../config.ts';
import type { DatabaseHandle } from '../db/open.ts';
import { createLogger, type Logger } from '../logger.ts';
import { listenHttp, type HttpListener } from './http-listener.ts';
import { openServerDatabase } from './open-database.ts';

export interface StartServerOptions {
  /** Defaults to the environment's; PORT 0 picks a free port. */
  config?: Config;
  logger?: Logger;
  /**
   * Called with the finished app before it listens. Tests add their own routes here, so no
   * test-only route exists in production code.
   */
  extendApp?: (app: OpenAPIHono<AppEnv>, deps: AppDeps) => void | Promise<void>;
  registry?: AdminRegistry;
  /** How long requests in flight may run on after a shutdown began. */
  drainMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, finishes requests in flight, closes the admin socket and the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole server: database (opened, locked, migrated), admin socket when embedded, the
 * HTTP app. Whatever was started is stopped again when a later step fails.
 * PORT=0 listens on a free port; `url` tells which.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const drainMs = options.drainMs ?? 5_000;
  let database: DatabaseHandle | undefined;
  let admin: AdminServer | undefined;
  let http: HttpListener | undefined;
  // HTTP and admin socket drain side by side, so a shutdown takes the longer of the two, not
  // their sum; the database closes last, once nothing can use it any more.
  const stop = async () => {
    await Promise.all([http?.close(drainMs), admin?.close(drainMs)]);
    await database?.close();
  };
  try {
    database = await openServerDatabase(config, logger);
    const deps: AppDeps = {
      db: database.db,
      clock: config.clock === 'system' ? systemClock() : databaseClock(database.db),
      config,
      logger,
      backend: database.backend,
    };
    if (isEmbedded(config)) {
      admin = await startAdminServer({
        socketPath: adminSocketPath(config.dataDir),
        context: { db: database.db, handle: database, config, logger },
        registry: options.registry ?? defaultAdminRegistry(),
        logger,
      });
    }
    const app = createApp(deps);
    await options.extendApp?.(app, deps);
    http = await listenHttp(app.fetch, config.host, config.port);
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${http.port}`;
    logger.info({ url, backend: database.backend }, 'listening');
    let closing: Promise<void> | undefined;
    return { url, port: http.port, close: () => (closing ??= stop()) };
  } catch (error) {
    await stop().catch((stopError: unknown) =>
      logger.error({ err: stopError }, 'cleanup after a failed start failed'),
    );
    throw error;
  }
}
