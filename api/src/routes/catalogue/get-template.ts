import type { OpenAPIHono } from '@hono/zod-openapi';
import { TemplateParams, TemplateResponse } from '@tenderwise/schema';
import { getEvaluationTemplate } from '../../services/catalogue/get-evaluation-template.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const getTemplateRoute = defineRoute({
  method: 'get',
  path: '/templates/{templateId}',
  operationId: 'getEvaluationTemplate',
  tags: ['catalogue'],
  summary: 'Fetch one evaluation template',
  description:
    'The template with its complete evaluation scheme (which `POST /api/v1/analysis/evaluate` ' +
    'accepts as it is), the rationale of its weights and method, and the catalogue entries its ' +
    'criteria are taken from.',
  request: { params: TemplateParams },
  responses: {
    200: {
      description: 'The template',
      content: { 'application/json': { schema: TemplateResponse } },
    },
  },
});

export function registerGetTemplate(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getTemplateRoute, async (c) => {
    const template = await getEvaluationTemplate({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', referenceDataCaching);
    return c.json(template, 200);
  });
}
