import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedSchemeVersionParams, PublishedSchemeVersionResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getPublishedTenderSchemeVersion } from '../../services/public-tenders/get-published-tender-scheme-version.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots/{lotNumber}/scheme-versions/{number}',
  operationId: 'getPublishedTenderSchemeVersion',
  tags: ['public-tenders'],
  summary: 'Read a published scheme version of a lot',
  description:
    'Free and open to everybody: the evaluation scheme of one published version of a lot with its commitment, the SHA-256 of the scheme in RFC 8785 canonical JSON, so anybody can check it. Earlier versions stay readable after a correction.',
  request: { params: PublishedSchemeVersionParams },
  responses: {
    200: {
      description: 'The scheme version with its scheme',
      content: { 'application/json': { schema: PublishedSchemeVersionResponse } },
    },
  },
});

export function registerGetPublishedTenderSchemeVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await getPublishedTenderSchemeVersion({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
