import type { OpenAPIHono } from '@hono/zod-openapi';
import { Conversation, CreateConversationInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createConversation } from '../../services/conversations/create-conversation.ts';

const createRoute = defineRoute({
  method: 'post',
  path: '/',
  operationId: 'createConversation',
  tags: ['conversations'],
  problems: [404],
  summary: 'Start a conversation with the assistant',
  description:
    'Starts a guided dialogue: `tender` from a need to a tender ready for four-eyes approval, ' +
    '`optionsReview` from a need to an options review, `results` questions about an options ' +
    'review’s results. Answers with the greeting and the first question. Nothing is created ' +
    'before the person confirms a proposal.',
  request: {
    body: { required: true, content: { 'application/json': { schema: CreateConversationInput } } },
  },
  responses: {
    201: {
      description: 'The conversation, with its first question',
      content: { 'application/json': { schema: Conversation } },
    },
  },
});

export function registerCreateConversation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createRoute, async (c) => {
    const conversation = await createConversation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(conversation, 201);
  });
}
