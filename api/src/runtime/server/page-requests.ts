import type { IncomingMessage } from 'node:http';
import { requestIdFor, requestIdHeader } from '../../http/request-id.ts';
import type { Logger } from '../../logger.ts';
import type { NodeHandler } from './web-handler.ts';

/**
 * Gives page requests what the API's middleware gives API requests: a request id (in the
 * response header, and in the request headers so the front end can pass it on to the API),
 * one access-log line with the same fields, and no stack trace to the browser if the handler
 * throws. HTML answers default to `no-cache`, since they name hashed assets that change with
 * every build; a handler that sets its own Cache-Control (immutable assets) overrides it.
 */
export function pageRequests(handler: NodeHandler, logger: Logger): NodeHandler {
  return (request, response) => {
    const started = performance.now();
    const requestId = requestIdFor(headerValue(request, requestIdHeader));
    request.headers[requestIdHeader.toLowerCase()] = requestId;
    const requestLogger = logger.child({ requestId });
    response.setHeader(requestIdHeader, requestId);
    response.setHeader('cache-control', 'no-cache');
    // 'close' also fires when the client goes away mid-response; then the status is what we meant.
    response.once('close', () => {
      requestLogger.info(
        {
          method: request.method,
          path: loggablePath(pathOf(request)),
          status: response.statusCode,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
          ...(response.writableFinished ? {} : { aborted: true }),
        },
        'request',
      );
    });
    const failed = (error: unknown) => {
      requestLogger.error({ err: error }, 'Page request failed with an unexpected error');
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(`Internal server error. Request id: ${requestId}\n`);
      } else {
        response.destroy();
      }
    };
    try {
      const result = handler(request, response);
      if (result instanceof Promise) result.catch(failed);
    } catch (error) {
      failed(error);
    }
  };
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Pages whose path carries a secret: an invitation link's token grants an account to whoever
 * holds it, so the access log names the page and not the token.
 */
const secretSegments: readonly RegExp[] = [/^(\/invitation\/)[^/]+/];

/** The path as the access log may keep it, with secret segments replaced by `[token]`. */
export function loggablePath(path: string): string {
  return secretSegments.reduce((logged, pattern) => logged.replace(pattern, '$1[token]'), path);
}

/**
 * The path as the API's adapter sees it (origin-form appended to a host, absolute-form parsed),
 * so both sides agree on what is an API path. The query string is left out of logs: it carries
 * tokens and search terms.
 */
export function pathOf(request: IncomingMessage): string {
  const target = request.url ?? '/';
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname;
  } catch {
    return '/';
  }
}
