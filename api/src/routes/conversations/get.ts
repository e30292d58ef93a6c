import type { OpenAPIHono } from '@hono/zod-openapi';
import { Conversation, ConversationParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getConversation } from '../../services/conversations/get-conversation.ts';

const getRoute = defineRoute({
  method: 'get',
  path: '/{conversationId}',
  operationId: 'getConversation',
  tags: ['conversations'],
  problems: [404],
  summary: 'Read a conversation',
  description:
    'One of your conversations: every turn, the steps, what the assistant waits for (quick ' +
    'replies, a widget, a proposal to confirm) and the draft so far. Another user’s ' +
    'conversation is not found (404).',
  request: { params: ConversationParams },
  responses: {
    200: {
      description: 'The conversation',
      content: { 'application/json': { schema: Conversation } },
    },
  },
});

export function registerGetConversation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getRoute, async (c) => {
    const conversation = await getConversation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(conversation, 200);
  });
}
