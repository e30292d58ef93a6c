import type { OpenAPIHono } from '@hono/zod-openapi';
import { TemplateListResponse } from '@tenderwise/schema';
import { listEvaluationTemplates } from '../../services/catalogue/list-evaluation-templates.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const listTemplatesRoute = defineRoute({
  method: 'get',
  path: '/templates',
  operationId: 'listEvaluationTemplates',
  tags: ['catalogue'],
  summary: 'List the evaluation templates',
  description:
    'The complete evaluation schemes a buyer can start from, summarised: use case, evaluation ' +
    'method and number of criteria. Fetch one to get its scheme, the reasons for its weights ' +
    'and the catalogue entries each criterion is taken from.',
  responses: {
    200: {
      description: 'The templates, by id',
      content: { 'application/json': { schema: TemplateListResponse } },
    },
  },
});

export function registerListTemplates(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTemplatesRoute, async (c) => {
    const templates = await listEvaluationTemplates({ ctx: await serviceContextOf(c) });
    c.header('cache-control', referenceDataCaching);
    return c.json(templates, 200);
  });
}
