import type { OpenAPIHono } from '@hono/zod-openapi';
import { Notice, NoticeParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { markNoticeRead } from '../../services/notices/mark-notice-read.ts';

const markReadRoute = defineRoute({
  method: 'post',
  path: '/{noticeId}/read',
  operationId: 'markNoticeRead',
  tags: ['notices'],
  summary: 'Mark a notice read',
  description:
    'Sets the time a notice of yours was read, once: marking it again keeps the first time. A ' +
    'notice to your whole organisation is read for all its users. Another organisation’s ' +
    'notice is not found (404).',
  request: { params: NoticeParams },
  responses: {
    200: {
      description: 'The notice, read',
      content: { 'application/json': { schema: Notice } },
    },
  },
});

export function registerMarkNoticeRead(router: OpenAPIHono<AppEnv>) {
  return router.openapi(markReadRoute, async (c) => {
    const notice = await markNoticeRead({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(notice, 200);
  });
}
