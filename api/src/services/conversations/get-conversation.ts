import type { Conversation } from '@tenderwise/schema';
import { findConversationOf } from '../../db/repositories/conversations.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { showConversation } from './conversation-steps.ts';

export const conversationNotFound = 'Nothing exists at this address.';

/** One of the caller's conversations; anybody else's is not found, like one that does not exist. */
export async function getConversation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { conversationId: string };
}): Promise<Conversation> {
  await authorize(ctx, { operationId: 'getConversation' });
  const { principal } = ctx;
  if (principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
  const row = await findConversationOf(ctx.db, input.conversationId, principal.userId);
  if (row === undefined) throw new NotFoundError(conversationNotFound);
  return showConversation(ctx, row);
}
