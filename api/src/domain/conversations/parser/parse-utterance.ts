import type { ConversationInput } from '@tenderwise/schema';
import type { ParseContext } from './context.ts';

const commands: [RegExp, ConversationInput['intent']][] = [
  [/^(ja|yes)$/i, 'confirm'],
  [/^(nein|no)$/i, 'decline'],
  [/^(zurück|back)$/i, 'back'],
  [/^(weiter|next)$/i, 'next'],
  [/^(warum\??|why\??)$/i, 'why'],
];

/** Reads a turn's text into what it means. */
export function parseUtterance(text: string, context: ParseContext): ConversationInput {
  const trimmed = text.trim();
  for (const [pattern, intent] of commands) if (pattern.test(trimmed)) return { intent };
  if (context.expects?.includes('text') === true) return { intent: 'answer', text: trimmed };
  return { intent: 'unknown' };
}
