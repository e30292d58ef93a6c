import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, createApp } from '../../src/app.ts';
import { operationsOf } from '../security/access/matrix/operations.ts';
import { testDeps } from './test-app.ts';

// The cross-site request check exempts safe methods, so no GET or HEAD may change anything:
// otherwise a link or an <img> on another site could, with the user's cookie. That every GET
// operation changes no table, for every caller, object and state, is checked with the policy
// matrix, which sends those requests anyway (test/security/access/matrix/harness.ts). This file checks that
// nothing else is served by GET.

/** Routes the app serves by GET besides its operations: the OpenAPI document and the reference. */
const documentationRoutes = [
  '/api/openapi.json',
  '/api/docs',
  '/api/docs/init.js',
  '/api/docs/assets/scalar-api-reference-*.js',
];

describe('safe methods', () => {
  const app = createApp(testDeps());
  const getOperations = () =>
    operationsOf(buildOpenApiDocument()).filter(
      (operation) => operation.method === 'get' || operation.method === 'head',
    );

  it('serves by GET only documented operations and the documentation', () => {
    const documented = new Set(getOperations().map((op) => op.path.replace(/\{([^}]+)\}/g, ':$1')));
    const served = app.routes
      .filter((route) => route.method === 'GET' || route.method === 'HEAD')
      .map((route) => route.path);
    const unexpected = served.filter(
      (path) =>
        !documented.has(path) &&
        !documentationRoutes.some((pattern) =>
          new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(path),
        ),
    );
    expect(unexpected).toEqual([]);
    // The comparison sees what it should: every documented GET and the documentation are served.
    expect(served).toEqual(
      expect.arrayContaining([...documented, '/api/openapi.json', '/api/docs']),
    );
  });

  it('declares no GET operation with a verb that changes something', () => {
    const mutating =
      /^(create|update|delete|remove|revoke|disable|enable|end|change|reset|accept|issue|login|logout|confirm|complete|start|set|add|publish|submit|open|award)/i;
    const named = getOperations().filter((op) => mutating.test(op.operationId));
    expect(named.map((op) => op.operationId)).toEqual([]);
  });
});
