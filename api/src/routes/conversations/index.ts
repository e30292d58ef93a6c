import { createRouter } from '../../http/route.ts';
import { registerCreateConversation } from './create.ts';
import { registerGetConversation } from './get.ts';
import { registerListConversations } from './list.ts';
import { registerPostConversationTurn } from './post-turn.ts';

/** The caller's conversations with the assistant; mounted at `/v1/conversations`. */
export function conversationsRouter() {
  const router = createRouter();
  registerCreateConversation(router);
  registerListConversations(router);
  registerGetConversation(router);
  registerPostConversationTurn(router);
  return router;
}
