import type { ConversationInput } from '@tenderwise/schema';
import type { ParseContext } from '../../domain/conversations/parser/context.ts';
import { parseUtterance } from '../../domain/conversations/parser/parse-utterance.ts';

/** What a typed turn means in its context, read by the deterministic parser. */
export function parseTurn(text: string, context: ParseContext): ConversationInput {
  return parseUtterance(text, context);
}
