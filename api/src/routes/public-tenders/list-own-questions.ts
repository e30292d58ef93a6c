import type { OpenAPIHono } from '@hono/zod-openapi';
import { OwnTenderQuestionListResponse, PublishedTenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listOwnTenderQuestions } from '../../services/public-tenders/list-own-tender-questions.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/questions',
  operationId: 'listOwnTenderQuestions',
  tags: ['public-tenders'],
  summary: 'List your organisation’s questions on a tender',
  description:
    'For vendors’ users and API keys with `tenders:read`: the questions your organisation asked, answered or not, late or not. Other organisations’ questions are not shown.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'Your questions',
      content: { 'application/json': { schema: OwnTenderQuestionListResponse } },
    },
  },
});

export function registerListOwnTenderQuestions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await listOwnTenderQuestions({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
