import path from 'node:path';
import { pino } from 'pino';
import type { Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { exitWithError, loadConfigOrExit } from './exit.ts';

export interface ToolContext {
  config: Config;
  /** Logs to stderr, so that stdout carries only the tool's result. */
  logger: Logger;
  argv: string[];
}

/**
 * Runs a command-line tool: configuration from the environment, exit code 0 when `main`
 * resolves, otherwise a one-line message on stderr and exit code 1.
 */
export async function runTool(main: (ctx: ToolContext) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, pino.destination({ fd: 2, sync: true }));
  try {
    await main({ config, logger, argv: process.argv.slice(2) });
  } catch (error) {
    exitWithError(error, logger);
  }
  // PGlite and pools may keep handles open a moment after closing; the work is done.
  process.exit(0);
}

/** Relative paths mean relative to where the operator ran npm, not the workspace npm switched to. */
export function resolveUserPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export function writeLine(text: string): void {
  process.stdout.write(`${text}\n`);
}
