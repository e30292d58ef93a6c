import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Conversations with the assistant (ADR 0039) belong to the user who started them: officers
 * prepare tenders and options reviews with it, reviewers ask about an options review's results.
 * The verbs take the owner from the caller, so nobody names another's conversation: one of
 * another user answers 404 like one that does not exist. What a conversation changes goes
 * through the verbs of the tender or the review, each under its own policy row.
 */
const holders: readonly Grant[] = [
  { to: 'officer', relation: 'public' },
  { to: 'reviewer', relation: 'public' },
];

/** Policy rows of the conversation operations; spread into the one table in `access/policy.ts`. */
export const conversationPolicies = {
  createConversation: { object: null, beforeMfa: false, grants: holders },
  listConversations: { object: null, beforeMfa: false, grants: holders },
  getConversation: { object: null, beforeMfa: false, grants: holders },
  postConversationTurn: { object: null, beforeMfa: false, grants: holders },
} as const satisfies Record<string, OperationPolicy>;
