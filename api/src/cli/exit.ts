import { ConfigError, loadConfig, type Config } from '../config.ts';
import { MigrationError } from '../db/migrator.ts';
import type { Logger } from '../logger.ts';

/**
 * The operator-facing text of an error. Our named errors (StartupError, DataDirLockedError …)
 * carry complete messages; a plain Error or a MigrationError is followed by the messages of its
 * causes, which say what actually went wrong. Never a stack: the logger has it at debug level.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  if (error.constructor === Error || error instanceof MigrationError) {
    for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
      const { message } = cause;
      if (message && !parts.some((part) => part.includes(message))) parts.push(message);
    }
  }
  return parts.filter(Boolean).join(': ');
}

/** Prints the error for the operator and ends the process with exit code 1. */
export function exitWithError(error: unknown, logger?: Logger): never {
  logger?.debug({ err: error }, 'failed');
  process.stderr.write(`${describeError(error)}\n`);
  process.exit(1);
}

/** The configuration, or exit 1 with the list of problems (no stack trace). */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWithError(error);
    throw error;
  }
}
