import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { DatabaseHandle } from '../../db/open.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';

/** What an admin command runs with, whether in the server or in a tool's own process. */
export interface AdminContext {
  db: Kysely<DB>;
  handle: DatabaseHandle;
  config: Config;
  logger: Logger;
}

/**
 * A named operation for operators: run by the server when it holds the data directory (through
 * its admin socket), otherwise by the tool itself. Arguments and results cross a socket, so both
 * are plain JSON.
 */
export interface AdminCommand<Args = unknown, Result = unknown> {
  name: string;
  summary: string;
  args: z.ZodType<Args>;
  /** Whether a tool running it in-process may initialise an embedded database where there is none. */
  createsDatabase: boolean;
  run(ctx: AdminContext, args: Args): Promise<Result>;
}

export function defineAdminCommand<Args, Result>(
  command: AdminCommand<Args, Result>,
): AdminCommand<Args, Result> {
  return command;
}

/** A failure to report to the operator as it is, without a stack. */
export class AdminCommandError extends Error {
  override name = 'AdminCommandError';
}

export interface AdminRegistry {
  get(name: string): AdminCommand | undefined;
  names(): string[];
}

export function createAdminRegistry(commands: AdminCommand[]): AdminRegistry {
  const byName = new Map<string, AdminCommand>();
  for (const command of commands) {
    if (byName.has(command.name))
      throw new Error(`Admin command ${command.name} is registered twice`);
    byName.set(command.name, command);
  }
  return {
    get: (name) => byName.get(name),
    names: () => [...byName.keys()].sort(),
  };
}

/** Looks the command up and validates its arguments; the one way both runners start a command. */
export function resolveAdminCommand(
  registry: AdminRegistry,
  name: string,
  rawArgs: unknown,
): { command: AdminCommand; args: unknown } {
  const command = registry.get(name);
  if (!command) {
    throw new AdminCommandError(
      `Unknown admin command ${JSON.stringify(name)}; known: ${registry.names().join(', ')}`,
    );
  }
  const parsed = command.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`,
    );
    throw new AdminCommandError(`Invalid arguments for ${name}: ${problems.join('; ')}`);
  }
  return { command, args: parsed.data };
}
