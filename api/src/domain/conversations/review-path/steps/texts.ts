import type { ConversationText } from '@tenderwise/schema';

/** "A, B und C" / "A, B and C". */
export function listText(names: readonly string[]): ConversationText {
  if (names.length <= 1) return { de: names[0] ?? '–', en: names[0] ?? '–' };
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1]!;
  return { de: `${head} und ${last}`, en: `${head} and ${last}` };
}

/** "15.01.2027" / "2027-01-15". */
export function dayText(date: string): ConversationText {
  const [year, month, day] = date.split('-');
  return { de: `${day}.${month}.${year}`, en: date };
}

/** The text a turn gives, trimmed; null when it gives none. */
export const textOf = (input: { intent: string; text?: string }) =>
  input.intent === 'answer' && input.text !== undefined ? input.text.trim() : null;
