import type { OpenAPIHono } from '@hono/zod-openapi';
import { NoticeListQuery, NoticeListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listNotices } from '../../services/notices/list-notices.ts';

const listNoticesRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listNotices',
  tags: ['notices'],
  summary: 'List your notices',
  description:
    'The notices of your organisation addressed to it or to you, newest first, in German and ' +
    'English, with what they concern and whether they were read, and how many are unread. A ' +
    'vendor’s API key with `tenders:read` reads those addressed to its organisation.',
  request: { query: NoticeListQuery },
  responses: {
    200: {
      description: 'One page of notices',
      content: { 'application/json': { schema: NoticeListResponse } },
    },
  },
});

export function registerListNotices(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listNoticesRoute, async (c) => {
    const page = await listNotices({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
