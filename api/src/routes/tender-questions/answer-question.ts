import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AnswerTenderQuestionInput,
  TenderQuestion,
  TenderQuestionParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { answerTenderQuestion } from '../../services/tender-questions/answer-tender-question.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/questions/{questionId}/answer',
  operationId: 'answerTenderQuestion',
  tags: ['tenders'],
  summary: 'Answer a bidder’s question',
  description:
    'For officers of the team while the tender is published or its submission period has ' +
    'ended. The answer is published under the question’s number without naming who asked, ' +
    'and every vendor that registered interest, and the asker, receive it as a notice. An ' +
    'answer is given once: a second one is refused (409).',
  request: {
    params: TenderQuestionParams,
    body: { content: { 'application/json': { schema: AnswerTenderQuestionInput } } },
  },
  responses: {
    200: {
      description: 'The question with its answer',
      content: { 'application/json': { schema: TenderQuestion } },
    },
  },
});

export function registerAnswerTenderQuestion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await answerTenderQuestion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
