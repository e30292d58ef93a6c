import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { isFactoryRoute } from './route.ts';
import { apiTags } from './tags.ts';
import { appVersion } from '../version.ts';

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
type OpenAPIRegistry = OpenAPIHono['openAPIRegistry'];

/** Documents the ways callers will authenticate; enforcement lives in middleware, not here. */
export function registerSecuritySchemes(registry: OpenAPIRegistry): void {
  registry.registerComponent('securitySchemes', 'vendorApiKey', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'tw_<id>.<secret>',
    description:
      "A vendor organisation's API key, sent as `Authorization: Bearer tw_<id>.<secret>`. " +
      'A key acts for one organisation only and stops working as soon as it is revoked.',
  });
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'tw_session',
    description:
      'The HttpOnly session cookie the web front end receives at sign-in. Unsafe requests with it ' +
      'must come from the same site.',
  });
}

/**
 * The OpenAPI 3.1 document of an app, in a stable form: keys sorted (except schema properties,
 * which keep their declared order for readers), so the committed copy only changes when the API
 * does. The server is relative: the document describes whichever installation serves it.
 */
export function openApiDocumentOf(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type === 'route' && !isFactoryRoute(definition.route)) {
      throw new Error(`Route ${definition.route.path} was not created with defineRoute`);
    }
  }
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Tenderwise',
      version: appVersion,
      description:
        'Decision support for public IT procurement: tenders, evaluation schemes, bids and the ' +
        'vendor self-assessment registry. Errors are RFC 9457 problem details ' +
        '(`application/problem+json`) whose `type` is a relative URI `/api/problems/<slug>`.',
      // `identifier` is OpenAPI 3.1; the generator's config type only knows 3.0's fields.
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' } as { name: string },
    },
    servers: [{ url: '/', description: 'This Tenderwise installation' }],
    tags: apiTags.map((tag) => ({ ...tag })),
  });
  return sortKeys(document) as OpenApiDocument;
}

function sortKeys(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (!keepOrder) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    entries.map(([key, item]) => [key, sortKeys(item, key === 'properties')]),
  );
}
