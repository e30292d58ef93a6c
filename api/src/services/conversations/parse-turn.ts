import type { ConversationInput } from '@tenderwise/schema';
import type { StepQuestion } from '../../domain/conversations/dialogue/types.ts';
import { parseUtterance } from '../../domain/conversations/parser/parse-utterance.ts';

/** What a typed turn means at the current step, read by the deterministic parser. */
export function parseTurn(
  text: string,
  question: StepQuestion | null,
  language: 'de' | 'en',
  today: string,
): ConversationInput {
  return parseUtterance(text, {
    language,
    vocabulary: question?.vocabulary ?? {},
    ...(question !== null && { expects: question.expects }),
    today,
  });
}
