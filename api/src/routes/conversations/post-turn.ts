import type { OpenAPIHono } from '@hono/zod-openapi';
import { Conversation, ConversationParams, ConversationTurnInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { postConversationTurn } from '../../services/conversations/post-conversation-turn.ts';

const postTurnRoute = defineRoute({
  method: 'post',
  path: '/{conversationId}/turns',
  operationId: 'postConversationTurn',
  tags: ['conversations'],
  problems: [404, 409],
  summary: 'Say something in a conversation',
  description:
    'Free text (`text`), read by a deterministic parser in German or English, or what a quick ' +
    'reply or widget sends (`input` with its `label`). The assistant answers with the next ' +
    'question, a proposal to confirm, or, when the text was not understood, examples of what ' +
    'it understands; it never guesses. Confirming a proposal makes its changes through the ' +
    'tender’s or review’s own operations, under their rules; a change they refuse is reported ' +
    'in the conversation and nothing is changed. A finished conversation answers 409.',
  request: {
    params: ConversationParams,
    body: { required: true, content: { 'application/json': { schema: ConversationTurnInput } } },
  },
  responses: {
    200: {
      description: 'The conversation with the new turns',
      content: { 'application/json': { schema: Conversation } },
    },
  },
});

export function registerPostConversationTurn(router: OpenAPIHono<AppEnv>) {
  return router.openapi(postTurnRoute, async (c) => {
    const conversation = await postConversationTurn({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('json'), ...c.req.valid('param') },
    });
    c.header('cache-control', 'no-store');
    return c.json(conversation, 200);
  });
}
