import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderSchemeVersionParams, TenderSchemeVersionResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTenderSchemeVersion } from '../../services/tender-schemes/get-tender-scheme-version.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots/{lotNumber}/scheme-versions/{number}',
  operationId: 'getTenderSchemeVersion',
  tags: ['tenders'],
  summary: 'Read a published scheme version of a lot',
  description:
    'For the tender’s team: the scheme of one published version with its commitment (the ' +
    'SHA-256 of the scheme in RFC 8785 canonical JSON) and, for a corrected version, the ' +
    'correction’s number and reason.',
  request: { params: TenderSchemeVersionParams },
  responses: {
    200: {
      description: 'The version with its scheme',
      content: { 'application/json': { schema: TenderSchemeVersionResponse } },
    },
  },
});

export function registerGetTenderSchemeVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const found = await getTenderSchemeVersion({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(found, 200);
  });
}
