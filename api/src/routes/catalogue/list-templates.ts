import type { OpenAPIHono } from '@hono/zod-openapi';
import { TemplateListResponse } from '@tenderwise/schema';
import { listTemplates } from '../../services/catalogue/read-catalogue.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { catalogueContextOf, referenceDataCaching } from './context.ts';

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
    const templates = await listTemplates({ ctx: catalogueContextOf(c) });
    c.header('cache-control', referenceDataCaching);
    return c.json(
      {
        templates: templates.map((template) => ({
          id: template.id,
          version: template.version,
          title: template.title,
          description: template.description,
          useCase: template.useCase,
          method: template.scheme.method.kind,
          criterionCount:
            template.scheme.suitability.length +
            template.scheme.minimumRequirements.length +
            template.scheme.conditions.length +
            template.scheme.award.filter((node) => node.kind !== 'group').length,
        })),
      },
      200,
    );
  });
}
