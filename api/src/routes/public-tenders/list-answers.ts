import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderAnswerListResponse, PublishedTenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listPublishedTenderAnswers } from '../../services/public-tenders/list-published-tender-answers.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/answers',
  operationId: 'listPublishedTenderAnswers',
  tags: ['public-tenders'],
  summary: 'List the answers to bidders’ questions',
  description:
    'Free and open to everybody: the answered questions of a published tender by number, with the answer and when it was given. Who asked is never shown.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'The answers',
      content: { 'application/json': { schema: PublishedTenderAnswerListResponse } },
    },
  },
});

export function registerListPublishedTenderAnswers(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await listPublishedTenderAnswers({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
