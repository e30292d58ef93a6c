import path from 'node:path';
import { pino } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { describeError } from './exit.ts';

export interface ToolContext {
  config: Config;
  /** Logs to stderr, so that stdout carries only the tool's result. */
  logger: Logger;
  argv: string[];
  /** Writes one line of the tool's result to stdout. */
  writeLine: (text: string) => void;
  /** A path the operator gave, relative to where they ran npm, not the workspace npm switched to. */
  resolveUserPath: (file: string) => string;
}

/** What a tool does; resolves to its exit code (none: 0), throws to fail with a message. */
export type ToolMain = (ctx: ToolContext) => Promise<number | void>;

/** Where a tool runs: its arguments, environment and output streams. */
export interface ToolIo {
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: { write: (text: string) => unknown };
  /** Takes the one-line error message, and the log lines, which go to stderr too. */
  stderr: { write: (text: string) => void };
  /** What relative paths are resolved against; by default where the operator ran npm. */
  baseDir?: string;
}

/**
 * Runs a tool's `main` against the given arguments, environment and streams, and resolves to
 * its exit code: configuration problems and errors become one line on stderr and exit code 1,
 * never a stack (the logger has that at debug level). `runTool` runs it as the process.
 */
export async function executeTool(main: ToolMain, io: ToolIo): Promise<number> {
  const fail = (error: unknown, logger?: Logger): number => {
    logger?.debug({ err: error }, 'failed');
    io.stderr.write(`${describeError(error)}\n`);
    return 1;
  };
  const baseDir = io.baseDir ?? io.env.INIT_CWD ?? process.cwd();
  let config: Config;
  try {
    config = loadConfig(io.env, baseDir);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error);
    throw error;
  }
  const logger = createLogger(config.logLevel, io.stderr);
  try {
    const code = await main({
      config,
      logger,
      argv: io.argv,
      writeLine: (text) => io.stdout.write(`${text}\n`),
      resolveUserPath: (file) => path.resolve(baseDir, file),
    });
    return code ?? 0;
  } catch (error) {
    return fail(error, logger);
  }
}

/**
 * Runs a command-line tool as this process: configuration from the environment, exit code 0
 * when `main` resolves, otherwise a one-line message on stderr and exit code 1.
 */
export async function runTool(main: ToolMain): Promise<void> {
  const stderr = pino.destination({ fd: 2, sync: true });
  const code = await executeTool(main, {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr,
  });
  // PGlite and pools may keep handles open a moment after closing; the work is done.
  process.exit(code);
}
