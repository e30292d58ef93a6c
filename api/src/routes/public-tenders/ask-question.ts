import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AskedTenderQuestion,
  AskTenderQuestionInput,
  PublishedTenderParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { askTenderQuestion } from '../../services/public-tenders/ask-tender-question.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/questions',
  operationId: 'askTenderQuestion',
  tags: ['public-tenders'],
  summary: 'Ask a question about a published tender',
  description:
    'For vendors’ users and API keys with `tenders:read`, while the submission period runs. The question is numbered per tender; its answer is published without naming who asked. A question after the last day for questions is stored and flagged `late`, not refused; the response then says that the authority need not answer it (§ 20 (3) VgV).',
  request: {
    params: PublishedTenderParams,
    body: { content: { 'application/json': { schema: AskTenderQuestionInput } } },
  },
  responses: {
    201: {
      description: 'The question as stored',
      content: { 'application/json': { schema: AskedTenderQuestion } },
    },
  },
});

export function registerAskTenderQuestion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await askTenderQuestion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 201);
  });
}
