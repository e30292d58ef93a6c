import type { RequestEvent } from '@sveltejs/kit';
import type {
  Conversation,
  ConversationListResponse,
  ConversationTurnInput,
  CreateConversationInput,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { contractCall } from '#lib/server/contract-call.ts';
import type { ServiceResult } from './result.ts';

// The conversations with the assistant (`/api/v1/conversations`). The dialogue itself runs in
// the API; the pages only show its state and send what the person said or clicked.

type Event = Pick<RequestEvent, 'fetch' | 'url'>;
type ConversationList = z.output<typeof ConversationListResponse>;

/** The caller's conversations, newest first, a page at a time. */
export function listConversations(
  event: Event,
  cursor: string | undefined,
): Promise<ServiceResult<{ data: ConversationList }>> {
  const query = cursor ? `?${new URLSearchParams({ cursor })}` : '';
  return contractCall<ConversationList>(event, 'GET', `/conversations${query}`);
}

export function readConversation(
  event: Event,
  conversationId: string,
): Promise<ServiceResult<{ data: Conversation }>> {
  return contractCall<Conversation>(
    event,
    'GET',
    `/conversations/${encodeURIComponent(conversationId)}`,
  );
}

export function startConversation(
  event: Event,
  input: CreateConversationInput,
): Promise<ServiceResult<{ data: Conversation }>> {
  return contractCall<Conversation>(event, 'POST', '/conversations', { json: input });
}

/** One turn of the person; the answer is the conversation with the new turns appended. */
export function sendTurn(
  event: Event,
  conversationId: string,
  turn: ConversationTurnInput,
): Promise<ServiceResult<{ data: Conversation }>> {
  return contractCall<Conversation>(
    event,
    'POST',
    `/conversations/${encodeURIComponent(conversationId)}/turns`,
    { json: turn },
  );
}
