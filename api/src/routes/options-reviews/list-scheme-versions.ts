import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionsReviewParams,
  SchemeVersionListQuery,
  SchemeVersionListResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listSchemeVersions } from '../../services/options-reviews/list-scheme-versions.ts';

const listSchemeVersionsRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/scheme-versions',
  operationId: 'listOptionsReviewSchemeVersions',
  tags: ['options-reviews'],
  summary: 'List the scheme versions of an options review',
  description:
    'For the lead and members: number, commitment, origin, note, author and time of every ' +
    'version, newest first; the schemes themselves are read one by one.',
  request: { params: OptionsReviewParams, query: SchemeVersionListQuery },
  responses: {
    200: {
      description: 'One page of versions',
      content: { 'application/json': { schema: SchemeVersionListResponse } },
    },
  },
});

export function registerListOptionsReviewSchemeVersions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listSchemeVersionsRoute, async (c) => {
    const page = await listSchemeVersions({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
