import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CompareVersionsQuery,
  RegistryServiceParams,
  VersionComparisonResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { compareRegistryVersions } from '../../services/registry/compare-registry-versions.ts';

const compareRoute = defineRoute({
  method: 'get',
  path: '/services/{serviceId}/compare',
  operationId: 'compareRegistryVersions',
  tags: ['registry'],
  summary: 'Compare two published versions',
  description:
    'For officers and reviewers: what changed from version `from` to version `to`, as JSON ' +
    'pointers into the content with the values before and after. A number that names no ' +
    'published version is named in the 422.',
  request: { params: RegistryServiceParams, query: CompareVersionsQuery },
  responses: {
    200: {
      description: 'The differences',
      content: { 'application/json': { schema: VersionComparisonResponse } },
    },
  },
});

export function registerCompareRegistryVersions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(compareRoute, async (c) => {
    const comparison = await compareRegistryVersions({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(comparison, 200);
  });
}
