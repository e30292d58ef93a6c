import type { ConversationRow } from '../../db/repositories/conversations.ts';
import type { ConversationKind } from './conversation-kind.ts';
import { reviewRuntime, tenderRuntime } from './conversation-paths.ts';
import { guidedKind } from './guided-conversation.ts';
import { officialResultKind } from './official-result-conversation.ts';
import { resultsKind } from './results-conversation.ts';

const kinds: Record<ConversationRow['path'], ConversationKind> = {
  tender: guidedKind(tenderRuntime),
  optionsReview: guidedKind(reviewRuntime),
  results: resultsKind,
  officialResult: officialResultKind,
};

/** How a conversation of the path talks. */
export function kindOf(path: ConversationRow['path']): ConversationKind {
  return kinds[path];
}
