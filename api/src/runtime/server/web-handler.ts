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
  new URL('../../../../web/build/handler.js', import.meta.url),
);

export interface LoadWebHandlerOptions {
  file: string;
  /**
   * The origin users reach (PUBLIC_ORIGIN); undefined when it is not known (PORT=0). SvelteKit
   * compares a form post's Origin header with the origin it believes it serves and refuses a
   * mismatch as cross-site, so it must believe the right one: see {@link servingOrigin}.
   */
  origin?: string;
  /** The API's `EVIDENCE_MAX_BYTES`: the evidence upload page forwards files up to it. */
  evidenceMaxBytes: number;
}

/** What every form but the evidence upload may post (web/src/lib/server/form-body-limits.ts). */
export const webFormBodyBytes = 5 * 1024 * 1024;

/** Room for the evidence upload form's own fields and multipart framing around the file. */
export const evidenceFormAllowance = 64 * 1024;

/**
 * The largest page post adapter-node reads, in bytes: the evidence upload's. It is one limit for
 * every request; the front end's `handle` hook holds every other form to `webFormBodyBytes` by
 * its declared length before reading it.
 */
export function webBodySizeLimit(evidenceMaxBytes: number): number {
  return Math.max(webFormBodyBytes, evidenceMaxBytes + evidenceFormAllowance);
}

/**
 * Imports the built web front end. Undefined when it has not been built (the server then says
 * so on every page); a build that exists but cannot be loaded stops the start-up instead.
 */
export async function loadWebHandler(
  options: LoadWebHandlerOptions,
): Promise<NodeHandler | undefined> {
  if (!existsSync(options.file)) return undefined;
  // adapter-node reads these names once, when its module loads.
  process.env.PROTOCOL_HEADER = originHeaders.protocol;
  process.env.HOST_HEADER = originHeaders.host;
  // Form posts are limited to 512 KiB by default; the options import uploads a file of up to
  // 4 MiB through its page (api/src/routes/options-reviews/import-options.ts) and the vendor's
  // service page an evidence file of up to EVIDENCE_MAX_BYTES. The front end reads the same
  // setting for its own per-form limits, so it is handed the value the API runs with. The API's
  // limit per operation still holds behind it.
  process.env.EVIDENCE_MAX_BYTES = String(options.evidenceMaxBytes);
  process.env.BODY_SIZE_LIMIT = String(webBodySizeLimit(options.evidenceMaxBytes));
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
  return servingOrigin(loaded.handler as NodeHandler, options.origin);
}

/**
 * Headers through which we tell adapter-node the origin it serves. Its runtime no longer reads an
 * ORIGIN variable: it builds the origin from PROTOCOL_HEADER (default https) and HOST_HEADER (or
 * Host). Names nobody else uses, always overwritten below, so a client cannot choose the origin.
 */
const originHeaders = {
  protocol: 'x-tenderwise-serving-protocol',
  host: 'x-tenderwise-serving-host',
} as const;

/**
 * Gives every page request the origin users reach: PUBLIC_ORIGIN's protocol and host, or plain
 * http with the request's own Host when no origin is configured (the server itself never speaks
 * TLS; a proxy in front of it does, and then PUBLIC_ORIGIN is set). Without this SvelteKit would
 * assume https and refuse every form posted over http as cross-site.
 */
export function servingOrigin(handler: NodeHandler, origin: string | undefined): NodeHandler {
  const configured = origin === undefined ? undefined : new URL(origin);
  const protocol = configured?.protocol.slice(0, -1) ?? 'http';
  return (request, response, next) => {
    request.headers[originHeaders.protocol] = protocol;
    if (configured === undefined) delete request.headers[originHeaders.host];
    else request.headers[originHeaders.host] = configured.host;
    return handler(request, response, next);
  };
}
