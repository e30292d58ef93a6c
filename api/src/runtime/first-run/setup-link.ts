import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';
import { defaultServiceSettings } from '../../services/context.ts';
import { issueSetupToken } from '../../services/setup/issue-setup-token.ts';
import { removeSetupLinkFile, setupLinkPath, writeSetupLinkFile } from './setup-link-file.ts';

/** Where the link is printed: standard output, never the structured log. */
export interface Terminal {
  write(text: string): unknown;
}

/**
 * The setup link of one server process (ADR 0022): offered once the server listens, forgotten
 * when an administrator exists or the server stops.
 */
export interface SetupLink {
  /**
   * On an installation without an active administrator: issues a new one-time token (replacing
   * one not used yet), prints `<origin>/setup?token=…` on the terminal and keeps it in
   * DATA_DIR/setup-link.txt (0600). With an administrator: removes a file left from before.
   */
  offer(origin: string): Promise<void>;
  /** The setup created the first administrator: the file goes, whichever link it holds. */
  administratorCreated(): Promise<void>;
  /** The server stops: the file goes if it still holds this process's link. */
  close(): Promise<void>;
}

/**
 * The link goes to the terminal and the file only. No log line carries it: logs are collected,
 * shipped and kept far longer and wider than a terminal, and anybody who holds the link can make
 * themselves the administrator. The query string carries the token because neither access log
 * records query strings (`http/access-log.ts`, `runtime/server/page-requests.ts`).
 */
export function setupLink(options: {
  db: Kysely<DB>;
  clock: Clock;
  config: Pick<Config, 'dataDir'>;
  logger: Logger;
  terminal: Terminal;
}): SetupLink {
  const { config, logger } = options;
  const file = setupLinkPath(config.dataDir);
  let offered: string | null = null;
  const removeQuietly = async (onlyIf?: string) => {
    try {
      await removeSetupLinkFile(config.dataDir, onlyIf === undefined ? {} : { onlyIf });
    } catch (error) {
      logger.warn({ err: error, file }, 'could not remove the setup link file');
    }
  };
  return {
    async offer(origin) {
      let kept = false;
      const issued = await issueSetupToken({
        ctx: {
          db: options.db,
          clock: options.clock,
          principal: { kind: 'operator', name: 'server' },
          requestId: null,
          logger,
          settings: defaultServiceSettings,
        },
        input: {
          // Written under the lock that orders processes starting together (see the verb).
          async keep(token) {
            const link = setupLinkOf(origin, token);
            try {
              await writeSetupLinkFile(config.dataDir, link);
              kept = true;
            } catch (error) {
              // The terminal still shows the link; the error names the file, never the link.
              logger.warn({ err: error, file }, 'could not write the setup link file');
            }
            offered = link;
          },
        },
      });
      if (issued === null || offered === null) {
        await removeQuietly();
        return;
      }
      options.terminal.write(announcement(offered, kept ? file : null));
      logger.info(
        { file: kept ? file : null },
        'no administrator yet: the setup link is printed on standard output',
      );
    },
    async administratorCreated() {
      await removeQuietly();
    },
    async close() {
      if (offered !== null) await removeQuietly(offered);
    },
  };
}

/** The setup page with the token in the query string, which no access log records. */
export function setupLinkOf(origin: string, token: string): string {
  return `${origin}/setup?token=${token}`;
}

function announcement(link: string, file: string | null): string {
  const where = file === null ? '' : ` It is also in ${file}, readable only by you.`;
  return [
    '',
    'Tenderwise has no administrator yet. Open this link in a browser to create the first one:',
    '',
    `  ${link}`,
    '',
    `It works once, until an administrator exists or the server starts again.${where}`,
    '',
    '',
  ].join('\n');
}
