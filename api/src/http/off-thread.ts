import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ValidationError } from '../domain/errors.ts';
import { answerOffThread, type OffThreadOperationId } from '../services/analysis/off-thread.ts';
import type { AppEnv } from './env.ts';
import { bodyBytesOf } from './rate-limit/analysis.ts';
import { RepeatedKeyError } from './request-text.ts';
import { ResponseValidationError } from './response-validation.ts';
import { serviceContextOf } from './service-context.ts';

/**
 * Bodies above this size are answered on a worker. A body this size takes tens of milliseconds
 * to validate and evaluate here; the largest allowed (1 MiB) took seconds in the request's thread,
 * during which the server answered nothing else, health checks included (ADR 0021).
 */
export const offThreadBodyBytes = 32 * 1024;

/**
 * Route middleware for an operation in `offThreadOperations`: a JSON body above
 * `offThreadBodyBytes` is not parsed here but answered whole on the analysis workers, which
 * parse, validate, compute and check the answer exactly as this thread does for smaller bodies
 * (the same functions, in the same order), and send back the answer's text. Errors come out as
 * the route's own path would give them: 400 for malformed JSON or a repeated key, 422 naming
 * each invalid value, 422 naming the size field when the time limit passes, 503 with
 * `Retry-After` when the client's workers are busy. Smaller bodies, and bodies of another media
 * type, go on to the route's validators and handler unchanged.
 *
 * Put it after the rate limit, which charges by size and names the client whose queue the task
 * joins.
 */
export function answerLargeBodiesOffThread(
  operationId: OffThreadOperationId,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json') return next();
    if ((await bodyBytesOf(c)) <= c.var.offThreadBodyBytes) return next();
    const result = await answerOffThread({
      ctx: await serviceContextOf(c),
      operationId,
      text: await c.req.text(),
      strict: c.var.strictResponses,
    });
    switch (result.kind) {
      case 'malformed':
        throw new HTTPException(400, { message: 'Malformed JSON in request body' });
      case 'repeatedKey':
        throw new RepeatedKeyError(result.pointer);
      case 'invalid':
        throw new ValidationError(result.detail, result.issues);
      case 'answerInvalid':
        throw new ResponseValidationError(operationId, 200, result.issues);
      case 'answer':
        if (result.undeclared.length > 0) {
          c.var.logger.error(
            { operationId, status: 200, undeclared: result.undeclared },
            'Response carried undeclared fields; they were removed',
          );
        }
        c.header('cache-control', 'no-store');
        return c.body(result.json, 200, { 'content-type': 'application/json' });
    }
  };
}
