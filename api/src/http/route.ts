import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { Problem } from '@tenderwise/schema';
import type { Handler } from 'hono';
import { z } from 'zod';
import {
  isPublicOperation,
  securityOf,
  type OperationPolicy,
  type PolicyTable,
} from '../security/access/policy.ts';
import { requirePolicy } from '../security/access/authorize.ts';
import { operationGuard } from './authenticate.ts';
import {
  declareBodyLimit,
  defaultMaxBodyBytes,
  formatByteCount,
  type BodyLimit,
} from './body-limit.ts';
import type { AppEnv } from './env.ts';
import { checkResponse } from './response-validation.ts';
import { findLooseObject } from './strict-input.ts';
import { apiTagNames, type ApiTag } from './tags.ts';
import { validationHook } from './validation-hook.ts';

/** Error statuses a domain verb may end in, declared per route beyond the shared ones. */
export type DomainProblemStatus = 401 | 403 | 404 | 409 | 429 | 503;

/** What every operation must state: these fields make the OpenAPI document usable. */
export interface RouteRequirements {
  operationId: string;
  tags: [ApiTag, ...ApiTag[]];
  summary: string;
  /** Problems the route's domain verb may raise; the shared input and server errors are added anyway. */
  problems?: readonly DomainProblemStatus[];
}

/** What an operation may state beyond the requirements. */
export interface RouteOptions {
  /**
   * Largest request body this operation accepts, in bytes; larger ones get 413 before anything
   * reads them. Only for operations with a body, and only when the app's default (1 MiB) does
   * not fit, e.g. imports. A limit an operator configures (evidence uploads) is given as
   * `{ default, fromConfig }`: the document states the default, the server enforces its setting.
   */
  maxBodyBytes?: BodyLimit;
}

type RouteInput = Omit<RouteConfig, 'path' | 'operationId' | 'tags' | 'summary'> &
  RouteRequirements &
  RouteOptions;

const madeByFactory = Symbol('tenderwise.defineRoute');
const bodyLimitKey = Symbol('tenderwise.maxBodyBytes');

export function isFactoryRoute(route: object): boolean {
  return madeByFactory in route;
}

/** The body limit a route declared with `defineRoute`, if any. */
export function declaredBodyLimitOf(route: object): BodyLimit | undefined {
  return (route as { [bodyLimitKey]?: BodyLimit })[bodyLimitKey];
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/**
 * A problem response for a status; a 429 says when to retry (api/src/security/rate-limit/), a 503
 * where it knows (the analysis workers, ADR 0021).
 */
const domainProblemResponse = (status: DomainProblemStatus) => ({
  ...problemResponse(domainProblemDescriptions[status]),
  ...(status === 429 && {
    headers: {
      'retry-after': {
        description: 'Seconds until the request can be allowed again',
        schema: { type: 'integer' as const, minimum: 1 },
      },
    },
  }),
  ...(status === 503 && {
    headers: {
      'retry-after': {
        description: 'Seconds after which a retry can be served, where the server knows',
        schema: { type: 'integer' as const, minimum: 1 },
      },
    },
  }),
});

const domainProblemDescriptions: Record<DomainProblemStatus, string> = {
  401: 'Not authenticated',
  403: 'Not allowed for this caller',
  404: 'The resource does not exist or is not visible to this caller',
  409: 'Conflicts with the current state',
  429: 'Rate limit exceeded',
  503: 'Temporarily unavailable',
};

/**
 * `createRoute` with the house rules: operationId, at least one known tag and a summary are
 * required; request bodies and query strings must reject unknown keys (a route without a query
 * schema accepts no query parameters at all); bodies are required unless stated otherwise; and the
 * shared problem+json responses are declared on every operation. `maxBodyBytes` sets the
 * operation's own body limit, enforced by the app's body limit middleware.
 */
export function defineRoute<P extends string, R extends RouteInput & { path: P }>(config: R) {
  for (const field of ['operationId', 'summary'] as const) {
    if (typeof config[field] !== 'string' || config[field].trim() === '') {
      throw new Error(`Route ${config.method} ${config.path} needs a non-empty ${field}`);
    }
  }
  if (!Array.isArray(config.tags) || config.tags.length === 0) {
    throw new Error(`Route ${config.operationId} needs at least one tag`);
  }
  const unknownTag = config.tags.find((tag) => !apiTagNames.includes(tag));
  if (unknownTag !== undefined) {
    throw new Error(
      `Route ${config.operationId} uses tag "${unknownTag}", which is not in apiTags`,
    );
  }

  const { problems = [], maxBodyBytes, ...routeConfig } = config;
  const request: NonNullable<RouteConfig['request']> = {
    ...routeConfig.request,
    query: routeConfig.request?.query ?? z.strictObject({}),
  };
  assertStrict(config.operationId, 'query', request.query);
  const bodyContent = request.body?.content ?? {};
  for (const [mediaType, media] of Object.entries(bodyContent)) {
    if (media && 'schema' in media) {
      assertStrict(config.operationId, `${mediaType} body`, media.schema);
    }
  }
  const hasBody = request.body !== undefined;
  if (request.body) request.body = { required: true, ...request.body };
  const documentedLimit = typeof maxBodyBytes === 'object' ? maxBodyBytes.default : maxBodyBytes;
  if (
    documentedLimit !== undefined &&
    (!hasBody || !Number.isSafeInteger(documentedLimit) || documentedLimit <= 0)
  ) {
    throw new Error(
      `Route ${config.operationId}: maxBodyBytes must be a positive whole number of bytes, on a route with a request body`,
    );
  }

  // The production limit; an app given another default (tests) enforces that one instead.
  const bodyLimitBytes = documentedLimit ?? defaultMaxBodyBytes;
  const route = createRoute({
    ...routeConfig,
    // Machine-readable for clients that split their input (ADR 0021); the 413 says it in words.
    ...(hasBody && { 'x-max-body-bytes': bodyLimitBytes }),
    request,
    responses: {
      ...(hasBody && {
        400: problemResponse('The request body is not well-formed'),
        413: problemResponse(
          `The request body is larger than this operation's limit of ${formatByteCount(bodyLimitBytes)} (${bodyLimitBytes} bytes)`,
        ),
        415: problemResponse('The request body has an unsupported media type'),
      }),
      ...(request.params !== undefined && {
        404: problemResponse(domainProblemDescriptions[404]),
      }),
      ...Object.fromEntries(problems.map((status) => [status, domainProblemResponse(status)])),
      422: problemResponse('A value in the request is invalid'),
      500: problemResponse('Unexpected server error'),
      ...routeConfig.responses,
    },
  });
  Object.defineProperty(route, madeByFactory, { value: true, enumerable: true });
  // Enumerable, so the copy `createRouter` makes keeps it.
  if (maxBodyBytes !== undefined) {
    Object.defineProperty(route, bodyLimitKey, { value: maxBodyBytes, enumerable: true });
  }
  // The declared type stays the route's own: handlers return their success responses and throw
  // domain errors for the rest, so problem bodies are never built by hand.
  return route as unknown as ReturnType<typeof createRoute<P, R>>;
}

function assertStrict(operationId: string, part: string, schema: unknown): void {
  if (!(schema instanceof z.ZodType)) return;
  const loose = findLooseObject(schema);
  if (loose !== undefined) {
    throw new Error(
      `Route ${operationId}: the ${part} object at "${loose}" accepts unknown keys; declare it with z.strictObject`,
    );
  }
}

/** The refusals an operation's row allows for, as declared problem responses. */
function policyProblems(policy: OperationPolicy, method: string): RouteConfig['responses'] {
  const statuses: DomainProblemStatus[] = [];
  // The guard checks the caller's credential, and an API key over its quota gets 429.
  if (!isPublicOperation(policy)) statuses.push(401, 403, 429);
  // A public unsafe operation is still refused when another site sends it (http/csrf.ts).
  else if (!['get', 'head'].includes(method.toLowerCase())) statuses.push(403);
  if (policy.object !== null) statuses.push(404, 409);
  return Object.fromEntries(statuses.map((status) => [status, domainProblemResponse(status)]));
}

/** Whether responses fail hard on undeclared fields when the app did not say. */
export function strictResponsesByDefault(): boolean {
  return process.env.VITEST !== undefined || process.env.NODE_ENV === 'test';
}

export interface RouterOptions {
  /**
   * Policy rows for this router's routes instead of the one table; only for routes that exist in
   * tests alone. The application refuses to start when any of its own operations lacks a row in
   * the one table (`createApp`), so production routes cannot use this.
   */
  policies?: PolicyTable;
}

/**
 * Creates every router of the API, the root included. Routers made here validate input with the
 * shared hook and validate each response against its declaration; routes must come from
 * `defineRoute`, so none can opt out. Every route needs a row in the policy table: registering
 * one without fails, and its row is enforced before its input is validated and documented as the
 * operation's `security`.
 */
export function createRouter(options: RouterOptions = {}): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const register = router.openapi;
  router.openapi = ((route: RouteConfig, handler: Handler<AppEnv>, hook?: unknown) => {
    if (hook !== undefined) {
      throw new Error(
        `Route ${route.operationId}: per-route hooks would bypass the shared error format`,
      );
    }
    if (!isFactoryRoute(route)) {
      throw new Error(`Route ${route.method} ${route.path} must be created with defineRoute`);
    }
    if (route.security !== undefined) {
      throw new Error(
        `Route ${route.operationId}: security is derived from the policy table; do not declare it`,
      );
    }
    const operationId = route.operationId ?? '';
    const policy = requirePolicy(operationId, options.policies);
    const middleware = route.middleware === undefined ? [] : [route.middleware].flat();
    const guarded = {
      ...route,
      security: securityOf(policy),
      responses: { ...policyProblems(policy, route.method), ...route.responses },
      middleware: [operationGuard(operationId, options.policies), ...middleware],
    } as RouteConfig;
    const validated: Handler<AppEnv> = async (c, next) => {
      const response = await handler(c, next);
      if (!(response instanceof Response)) return response;
      return checkResponse(guarded, response, {
        strict: c.get('strictResponses') ?? strictResponsesByDefault(),
        logger: c.get('logger'),
      });
    };
    // The app's body limit middleware looks the limit up by this handler (http/body-limit.ts).
    declareBodyLimit(validated, declaredBodyLimitOf(route));
    return register(guarded, validated);
  }) as typeof register;
  return router;
}
