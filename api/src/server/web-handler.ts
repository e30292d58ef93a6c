import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StartupError } from './startup-error.ts';

/** A Node request handler in the style adapter-node's `handler.js` exports. */
export type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => unknown;

/**
 * Where `npm run build` puts SvelteKit's node handler, found from this file rather than from the
 * working directory, which differs between `npm start`, workspace scripts and tests.
 */
export const defaultWebHandlerPath = fileURLToPath(
  new URL('../../../web/build/handler.js', import.meta.url),
);

export interface LoadWebHandlerOptions {
  file: string;
  /**
   * The origin users reach (PUBLIC_ORIGIN). adapter-node reads it as ORIGIN when its module
   * loads; without it SvelteKit takes the protocol from the connection, which behind a TLS proxy
   * is http, and then refuses the browser's https form posts as cross-site.
   */
  origin?: string;
}

/**
 * Imports the built web front end. Undefined when it has not been built (the server then says
 * so on every page); a build that exists but cannot be loaded stops the start-up instead.
 */
export async function loadWebHandler(
  options: LoadWebHandlerOptions,
): Promise<NodeHandler | undefined> {
  if (!existsSync(options.file)) return undefined;
  if (options.origin !== undefined) process.env.ORIGIN ??= options.origin;
  let loaded: { handler?: unknown };
  try {
    loaded = (await import(pathToFileURL(options.file).href)) as { handler?: unknown };
  } catch (error) {
    throw new StartupError(
      `The web front end at ${options.file} cannot be loaded (${(error as Error).message}); rebuild it with npm run build`,
      { cause: error },
    );
  }
  if (typeof loaded.handler !== 'function') {
    throw new StartupError(
      `${options.file} exports no request handler; rebuild the web front end with npm run build`,
    );
  }
  return loaded.handler as NodeHandler;
}
