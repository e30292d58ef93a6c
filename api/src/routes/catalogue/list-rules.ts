import type { OpenAPIHono } from '@hono/zod-openapi';
import { RuleListResponse } from '@tenderwise/schema';
import { listCatalogueRules } from '../../services/catalogue/list-catalogue-rules.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const listRulesRoute = defineRoute({
  method: 'get',
  path: '/catalogue/rules',
  operationId: 'listCatalogueRules',
  tags: ['catalogue'],
  summary: 'List the recommendation and legal-exposure rules',
  description:
    'The rule files with their versions and rules, as data: each recommendation rule with its ' +
    'condition on the buyer context, what it recommends, its reason, sources and whether it is ' +
    'a legal duty or advice; each legal-exposure rule with its question and cases.',
  responses: {
    200: {
      description: 'The rule files',
      content: { 'application/json': { schema: RuleListResponse } },
    },
  },
});

export function registerListRules(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listRulesRoute, async (c) => {
    const files = await listCatalogueRules({ ctx: await serviceContextOf(c) });
    c.header('cache-control', referenceDataCaching);
    return c.json(files, 200);
  });
}
