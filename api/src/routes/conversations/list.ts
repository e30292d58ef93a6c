import type { OpenAPIHono } from '@hono/zod-openapi';
import { ConversationListQuery, ConversationListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listConversations } from '../../services/conversations/list-conversations.ts';

const listRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listConversations',
  tags: ['conversations'],
  summary: 'List your conversations',
  description: 'Your conversations with the assistant, the latest changed first.',
  request: { query: ConversationListQuery },
  responses: {
    200: {
      description: 'One page of conversations',
      content: { 'application/json': { schema: ConversationListResponse } },
    },
  },
});

export function registerListConversations(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listRoute, async (c) => {
    const page = await listConversations({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
