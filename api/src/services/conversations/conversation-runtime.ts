import type { ConversationRow } from '../../db/repositories/conversations.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { ConversationKind } from './conversation-kind.ts';
import { tenderRuntime } from './conversation-paths.ts';
import { guidedKind } from './guided-conversation.ts';
import { resultsKind } from './results-conversation.ts';

const kinds: Partial<Record<ConversationRow['path'], ConversationKind>> = {
  tender: guidedKind(tenderRuntime),
  results: resultsKind,
};

/** How a conversation of the path talks. */
export function kindOf(path: ConversationRow['path']): ConversationKind {
  const kind = kinds[path];
  if (kind === undefined) {
    throw new ValidationError(`Conversations of the kind "${path}" cannot be started yet.`);
  }
  return kind;
}
