import type { OpenAPIHono } from '@hono/zod-openapi';
import { policyOf } from './security/access/policy.ts';
import { accessLog } from './http/access-log.ts';
import { authenticate } from './http/authenticate.ts';
import { defaultMaxBodyBytes, requestBodyLimit } from './http/body-limit.ts';
import { crossSiteRequestGuard } from './http/csrf.ts';
import { mountDocs } from './http/docs.ts';
import type { AppDeps, AppEnv, HttpOptions } from './http/env.ts';
import { errorHandler } from './http/error-handler.ts';
import { notFoundHandler } from './http/not-found.ts';
import {
  openApiDocumentOf,
  registerSecuritySchemes,
  type OpenApiDocument,
} from './http/openapi.ts';
import { requestContext } from './http/request-context.ts';
import { createRouter, strictResponsesByDefault } from './http/route.ts';
import { securityHeaders } from './http/security-headers.ts';
import { sendStaticAsset, staticAsset, type StaticAsset } from './http/static-asset.ts';
import { apiRouter } from './routes/index.ts';

export type { AppDeps, AppEnv, HttpOptions } from './http/env.ts';

const documentPath = '/api/openapi.json';

/**
 * The whole HTTP application, testable in-process with `app.request()`. Building it touches
 * neither the database nor the network: dependencies are only used while requests run.
 */
export function createApp(deps: AppDeps, options: HttpOptions = {}): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.use(
    '*',
    requestContext(deps, options.strictResponses ?? strictResponsesByDefault(), options),
  );
  app.use('*', securityHeaders());
  app.use('*', accessLog());
  // Covers bodies with and without Content-Length: chunked ones are counted while read. Each
  // operation may declare its own limit with its route.
  app.use('/api/*', requestBodyLimit(options.maxBodyBytes ?? defaultMaxBodyBytes));
  app.use('/api/*', authenticate());
  app.use('/api/*', crossSiteRequestGuard());
  mountApi(app);
  app.notFound(notFoundHandler(app));
  app.onError(errorHandler(deps.logger));
  return app;
}

/** The OpenAPI 3.1 document of the API, built from code alone (for the generator and tests). */
export function buildOpenApiDocument(): OpenApiDocument {
  const app = createRouter();
  mountApi(app);
  return openApiDocumentOf(app);
}

function mountApi(app: OpenAPIHono<AppEnv>): void {
  registerSecuritySchemes(app.openAPIRegistry);
  app.route('/api', apiRouter());
  assertEveryOperationHasPolicy(app);
  // Built on first request and rebuilt only when routes were added since (tests add their own);
  // compressed on the first request that asks for it.
  let cached: { definitions: number; document: StaticAsset } | undefined;
  app.get(documentPath, (c) => {
    const definitions = app.openAPIRegistry.definitions.length;
    if (cached?.definitions !== definitions) {
      const json = JSON.stringify(openApiDocumentOf(app));
      cached = { definitions, document: staticAsset(() => new TextEncoder().encode(json)) };
    }
    return sendStaticAsset(c, cached.document, { 'content-type': 'application/json' });
  });
  mountDocs(app, { basePath: '/api/docs', documentUrl: documentPath });
}

/**
 * Refuses to build an app with an operation missing from the one policy table. Registering such a
 * route fails already; this also catches routes registered with a test-only table of their own.
 */
function assertEveryOperationHasPolicy(app: OpenAPIHono<AppEnv>): void {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { operationId, method, path } = definition.route;
    if (operationId === undefined || policyOf(operationId) === undefined) {
      throw new Error(
        `Operation ${operationId ?? `${method} ${path}`} has no row in the policy table (api/src/security/access/policy.ts)`,
      );
    }
  }
}
