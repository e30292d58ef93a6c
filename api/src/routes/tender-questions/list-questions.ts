import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  PublishedTenderParams,
  TenderQuestionListQuery,
  TenderQuestionListResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderQuestions } from '../../services/tender-questions/list-tender-questions.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/questions',
  operationId: 'listTenderQuestions',
  tags: ['tenders'],
  summary: 'List the bidders’ questions on a tender',
  description:
    'For the tender’s team: every question in the order asked, answered or not, with the ' +
    'asking organisation (never published) and whether it came after the last day for ' +
    'questions; `unanswered=true` lists the open ones.',
  request: { params: PublishedTenderParams, query: TenderQuestionListQuery },
  responses: {
    200: {
      description: 'The questions',
      content: { 'application/json': { schema: TenderQuestionListResponse } },
    },
  },
});

export function registerListTenderQuestions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await listTenderQuestions({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
