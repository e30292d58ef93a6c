import type { ProblemTypeSlug } from '@tenderwise/schema';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../logger.ts';
import {
  ConflictError,
  ContentTooLargeError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnavailableError,
  UnsupportedMediaTypeError,
  ValidationError,
  type DomainError,
} from '../domain/errors.ts';
import type { AppEnv } from './env.ts';
import { BodyTooLargeError } from './body-limit.ts';
import { sendProblem } from './problem.ts';
import { RepeatedKeyError } from './request-text.ts';

const domainProblems: [new (...args: never[]) => DomainError, ProblemTypeSlug][] = [
  [NotFoundError, 'not-found'],
  [ConflictError, 'conflict'],
  [ForbiddenError, 'forbidden'],
  [UnauthenticatedError, 'unauthenticated'],
  [UnavailableError, 'service-unavailable'],
  [UnsupportedMediaTypeError, 'unsupported-media-type'],
  [ContentTooLargeError, 'content-too-large'],
];

// Statuses Hono and its middleware throw as HTTPException (malformed JSON, media type, body
// limit, later auth and rate limits). Their own messages are not passed on: ours are stable.
const exceptionProblems = new Map<number, ProblemTypeSlug>([
  [400, 'malformed-request'],
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'not-found'],
  [409, 'conflict'],
  [413, 'content-too-large'],
  [415, 'unsupported-media-type'],
  [422, 'validation-failed'],
  [429, 'too-many-requests'],
  [503, 'service-unavailable'],
]);

/**
 * Maps every thrown error to a problem. Anything not known to be safe to describe becomes a
 * generic 500 whose details (stack, SQL, paths) go to the log only.
 */
export function errorHandler(fallbackLogger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ValidationError) {
      return sendProblem(c, 'validation-failed', { detail: error.message, errors: error.issues });
    }
    if (error instanceof RepeatedKeyError) {
      return sendProblem(c, 'malformed-request', {
        detail: error.message,
        errors: [{ in: 'body', pointer: error.pointer, detail: 'This key appears twice.' }],
      });
    }
    if (error instanceof BodyTooLargeError) {
      return sendProblem(c, 'content-too-large', {
        detail: error.message,
        errors: [{ in: 'body', pointer: '', detail: `At most ${error.maxBytes} bytes.` }],
      });
    }
    if (error instanceof TooManyRequestsError) {
      return sendProblem(c, 'too-many-requests', {
        detail: error.message,
        headers: { 'retry-after': String(error.retryAfterSeconds) },
      });
    }
    if (error instanceof UnavailableError && error.retryAfterSeconds !== undefined) {
      return sendProblem(c, 'service-unavailable', {
        detail: error.message,
        headers: { 'retry-after': String(error.retryAfterSeconds) },
      });
    }
    for (const [errorClass, slug] of domainProblems) {
      if (error instanceof errorClass) return sendProblem(c, slug, { detail: error.message });
    }
    if (error instanceof HTTPException) {
      const slug = exceptionProblems.get(error.status);
      if (slug) return sendProblem(c, slug);
    }
    const logger = c.get('logger') ?? fallbackLogger;
    logger.error({ err: error }, 'Request failed with an unexpected error');
    return sendProblem(c, 'internal-error');
  };
}
