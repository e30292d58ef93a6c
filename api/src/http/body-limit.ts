import type { Handler, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { matchedRoutes } from 'hono/route';
import { COMPOSED_HANDLER } from 'hono/utils/constants';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';

/** The body limit of an operation that declares none, unless the app is given another. */
export const defaultMaxBodyBytes = 1024 * 1024;

/**
 * A request body over its operation's limit; answered with 413 and a problem that names the
 * limit and points at the body as a whole (ADR 0021), before anything has read or parsed it.
 */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(
      `The request body is larger than this operation's limit of ${formatByteCount(maxBytes)} ` +
        `(${maxBytes} bytes); send less in one request.`,
    );
    this.maxBytes = maxBytes;
  }
}

/**
 * An operation's body limit: bytes, or a limit the operator configures (`fromConfig`), with the
 * default the OpenAPI document states.
 */
export type BodyLimit = number | { default: number; fromConfig: (config: Config) => number };

/**
 * The body limit of each operation (`defineRoute({ maxBodyBytes })`) by the handler that serves
 * it; `'default'` for operations that declare none.
 */
const declaredLimits = new WeakMap<Handler<AppEnv>, BodyLimit | 'default'>();

/** Records an operation's body limit; `createRouter` calls this for every route it registers. */
export function declareBodyLimit(handler: Handler<AppEnv>, maxBytes: BodyLimit | undefined): void {
  declaredLimits.set(handler, maxBytes ?? 'default');
}

/**
 * Refuses request bodies over the limit of the operation that will answer, with 413 before
 * anything reads them: a Content-Length over the limit at once, a body without one (chunked)
 * as soon as the bytes read pass it. Runs once, early, for every API request, so the limit holds
 * before authentication and for bodies nobody reads; an operation that declares no limit of its
 * own, and every path that is no operation, gets `defaultMaxBytes`.
 */
export function requestBodyLimit(defaultMaxBytes: number): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler<AppEnv>>();
  const limiterFor = (maxSize: number) => {
    let limiter = limiters.get(maxSize);
    if (limiter === undefined) {
      limiter = bodyLimit({
        maxSize,
        onError: () => {
          throw new BodyTooLargeError(maxSize);
        },
      });
      limiters.set(maxSize, limiter);
    }
    return limiter;
  };
  return (c, next) => {
    // The router matched the whole chain up front; the first operation in it is the one that
    // answers (a later one would only run if an earlier one passed the request on).
    let declared: BodyLimit | 'default' | undefined;
    for (const route of matchedRoutes(c)) {
      // Mounting a router that has an error handler of its own wraps its handlers.
      const handler = route.handler as Handler<AppEnv> & { [COMPOSED_HANDLER]?: Handler<AppEnv> };
      declared = declaredLimits.get(handler[COMPOSED_HANDLER] ?? handler);
      if (declared !== undefined) break;
    }
    if (typeof declared === 'object') {
      return limiterFor(declared.fromConfig(c.var.deps.config))(c, next);
    }
    return limiterFor(typeof declared === 'number' ? declared : defaultMaxBytes)(c, next);
  };
}

/** "1 MiB", "512 KiB", "100 bytes": a limit as the OpenAPI document states it. */
export function formatByteCount(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}
