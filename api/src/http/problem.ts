import {
  problemTypeUri,
  type Problem,
  type ProblemFieldError,
  type ProblemTypeSlug,
} from '@tenderwise/schema';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.ts';

interface ProblemKind {
  status: ContentfulStatusCode;
  title: string;
  /** Used when the cause has nothing safe and more specific to say. */
  detail: string;
}

export const problemKinds: Record<ProblemTypeSlug, ProblemKind> = {
  'malformed-request': {
    status: 400,
    title: 'The request could not be read',
    detail: 'The request body is not well-formed for its content type.',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
    detail: 'Sign in or send a valid API key.',
  },
  forbidden: {
    status: 403,
    title: 'Not allowed',
    detail: 'You may not perform this action.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    detail: 'Nothing exists at this address.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    detail:
      'This address does not support the request method; the Allow header lists those it does.',
  },
  conflict: {
    status: 409,
    title: 'Conflict with the current state',
    detail: 'The request conflicts with the current state of the resource.',
  },
  'content-too-large': {
    status: 413,
    title: 'Request body too large',
    detail: 'The request body exceeds the size this server accepts.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    detail:
      'Send the request body in a media type this operation declares, such as application/json.',
  },
  'validation-failed': {
    status: 422,
    title: 'The request is invalid',
    detail: 'Some values in the request are invalid.',
  },
  'too-many-requests': {
    status: 429,
    title: 'Too many requests',
    detail: 'Slow down and retry later.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal server error',
    detail: 'The server could not complete the request. Quote the request id when you report this.',
  },
  'service-unavailable': {
    status: 503,
    title: 'Service unavailable',
    detail: 'The service cannot answer right now; retry later.',
  },
};

export interface ProblemInit {
  detail?: string;
  errors?: readonly ProblemFieldError[];
  headers?: Record<string, string>;
}

/**
 * The only place a problem+json response is written; error handler, not-found handler and
 * validation hook all end here, so every error has the same shape and carries the request id.
 */
/**
 * RFC 9110 §15.5.2: a 401 names how to authenticate. Scripts authenticate with a vendor API key
 * as a bearer token; people sign in through the login operation, for which no scheme exists.
 */
const wwwAuthenticate = 'Bearer realm="Tenderwise API"';

export function sendProblem(c: Context<AppEnv>, slug: ProblemTypeSlug, init: ProblemInit = {}) {
  const kind = problemKinds[slug];
  const problem: Problem = {
    type: problemTypeUri(slug),
    title: kind.title,
    status: kind.status,
    detail: init.detail ?? kind.detail,
    // Server errors say nothing about the request beyond its id.
    ...(kind.status < 500 ? { instance: c.req.path } : {}),
    requestId: c.get('requestId'),
    ...(init.errors && init.errors.length > 0 ? { errors: [...init.errors] } : {}),
  };
  return c.body(JSON.stringify(problem), kind.status, {
    ...(kind.status === 401 ? { 'www-authenticate': wwwAuthenticate } : {}),
    ...init.headers,
    'content-type': 'application/problem+json',
  });
}
