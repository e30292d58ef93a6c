import type { OpenAPIHono } from '@hono/zod-openapi';
import { defaultAdminRegistry } from '../operator-socket/commands/index.ts';
import type { AdminRegistry } from '../operator-socket/registry.ts';
import { startAdminServer, type AdminServer } from '../operator-socket/server.ts';
import { adminSocketPath } from '../operator-socket/socket-path.ts';
import { createApp, type AppDeps, type AppEnv } from '../../app.ts';
import { databaseClock, systemClock } from '../../clock.ts';
import { isEmbedded, loadConfig, type Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/open.ts';
import { createLogger, type Logger } from '../../logger.ts';
import { closeAnalysisPool } from '../workers/analysis-pool.ts';
import { publishApiFetch } from './api-fetch.ts';
import { startHousekeeping } from '../jobs/housekeeping.ts';
import { startNoticeDispatch } from '../jobs/notice-dispatch.ts';
import { createSmtpSender } from '../../adapters/mail/smtp-sender.ts';
import { setupLink, type SetupLink, type Terminal } from '../first-run/setup-link.ts';
import { listenHttp, type HttpListener } from './http-listener.ts';
import { openServerDatabase } from './open-database.ts';
import { serverRequestListener } from './request-listener.ts';
import { defaultWebHandlerPath, loadWebHandler } from './web-handler.ts';

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
  /**
   * The web front end's node handler module; by default the one `npm run build` writes to
   * web/build. When the file does not exist, pages answer 503 saying so and the API runs as usual.
   */
  webHandlerPath?: string;
  /**
   * Where the setup link of an installation without an administrator is printed (ADR 0022);
   * standard output by default, never the logger.
   */
  terminal?: Terminal;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, finishes requests in flight, closes the admin socket and the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole server: database (opened, locked, migrated), admin socket when embedded, the
 * HTTP app with the web front end, and the in-process API for the front end's server.
 * Whatever was started is stopped again when a later step fails.
 * PORT=0 listens on a free port; `url` tells which.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const drainMs = options.drainMs ?? 5_000;
  let database: DatabaseHandle | undefined;
  let admin: AdminServer | undefined;
  let http: HttpListener | undefined;
  let withdrawApiFetch: (() => void) | undefined;
  let stopHousekeeping: (() => Promise<void>) | undefined;
  let stopNoticeDispatch: (() => Promise<void>) | undefined;
  let firstRun: SetupLink | undefined;
  // HTTP and admin socket drain side by side, so a shutdown takes the longer of the two, not
  // their sum. Pages in flight may still call the API in-process, so it is withdrawn only after
  // the drain; the database closes last, once nothing can use it any more.
  const stop = async () => {
    await Promise.all([http?.close(drainMs), admin?.close(drainMs)]);
    withdrawApiFetch?.();
    await stopHousekeeping?.();
    await stopNoticeDispatch?.();
    await firstRun?.close();
    await closeAnalysisPool();
    await database?.close();
  };
  try {
    const webHandlerPath = options.webHandlerPath ?? defaultWebHandlerPath;
    // Loaded first: a broken build should stop the start before the database is touched.
    const web = await loadWebHandler({
      file: webHandlerPath,
      // With PORT=0 the configured origin names port 0; SvelteKit then goes by the Host header.
      origin: new URL(config.publicOrigin).port === '0' ? undefined : config.publicOrigin,
      evidenceMaxBytes: config.evidenceMaxBytes,
    });
    if (!web) {
      logger.warn(
        { webHandlerPath },
        'the web front end is not built; pages answer 503 until `npm run build` and a restart',
      );
    }
    database = await openServerDatabase(config, logger);
    const clock = config.clock === 'system' ? systemClock() : databaseClock(database.db);
    firstRun = setupLink({
      db: database.db,
      clock,
      config,
      logger,
      terminal: options.terminal ?? process.stdout,
    });
    const deps: AppDeps = {
      db: database.db,
      clock,
      config,
      logger,
      backend: database.backend,
      setupLink: firstRun,
    };
    if (isEmbedded(config)) {
      admin = await startAdminServer({
        socketPath: adminSocketPath(config.dataDir),
        context: { db: database.db, handle: database, config, logger },
        registry: options.registry ?? defaultAdminRegistry(),
        logger,
      });
    }
    stopHousekeeping = startHousekeeping(deps);
    // Without SMTP, notices are in-app only and no e-mail deliveries exist to dispatch (ADR 0036).
    if (config.smtp) {
      stopNoticeDispatch = startNoticeDispatch({ ...deps, mail: createSmtpSender(config.smtp) });
    }
    const app = createApp(deps);
    await options.extendApp?.(app, deps);
    withdrawApiFetch = publishApiFetch(app);
    http = await listenHttp(
      serverRequestListener({ app, web, logger, config }),
      config.host,
      config.port,
    );
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${http.port}`;
    logger.info({ url, backend: database.backend }, 'listening');
    // Once listening, so the link works when it is shown. With PORT=0 the configured origin
    // names port 0; the link then names the port actually taken.
    await offerSetupLink(
      firstRun,
      new URL(config.publicOrigin).port === '0' ? url : config.publicOrigin,
      logger,
    );
    let closing: Promise<void> | undefined;
    return { url, port: http.port, close: () => (closing ??= stop()) };
  } catch (error) {
    await stop().catch((stopError: unknown) =>
      logger.error({ err: stopError }, 'cleanup after a failed start failed'),
    );
    throw error;
  }
}

/**
 * A server that cannot offer the setup link still serves everything else, and `admin:create`
 * still makes the first administrator: a failure here is logged, not fatal.
 */
async function offerSetupLink(link: SetupLink, origin: string, logger: Logger): Promise<void> {
  try {
    await link.offer(origin);
  } catch (error) {
    logger.error(
      { err: error },
      'could not offer a setup link; create the first administrator with `npm run admin:create`',
    );
  }
}
