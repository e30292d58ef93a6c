import type { OpenAPIHono } from '@hono/zod-openapi';
import { SchemeVersionParams, SchemeVersionResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getSchemeVersion } from '../../services/options-reviews/get-scheme-version.ts';

const getSchemeVersionRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/scheme-versions/{version}',
  operationId: 'getOptionsReviewSchemeVersion',
  tags: ['options-reviews'],
  summary: 'Read a scheme version of an options review',
  description:
    'For the lead and members: the scheme of one version (by number, or `latest`) with its ' +
    'commitment, the SHA-256 of the scheme in RFC 8785 canonical JSON.',
  request: { params: SchemeVersionParams },
  responses: {
    200: {
      description: 'The version with its scheme',
      content: { 'application/json': { schema: SchemeVersionResponse } },
    },
  },
});

export function registerGetOptionsReviewSchemeVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getSchemeVersionRoute, async (c) => {
    const { reviewId, version } = c.req.valid('param');
    const found = await getSchemeVersion({
      ctx: await serviceContextOf(c),
      input: { reviewId, version: version === 'latest' ? 'latest' : Number(version) },
    });
    c.header('cache-control', 'no-store');
    return c.json(found, 200);
  });
}
