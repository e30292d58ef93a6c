import type {
  ConversationInput,
  ConversationText,
  LocalizedText,
  QuickReply,
} from '@tenderwise/schema';
import type { Named } from '../../../parser/context.ts';

/** A reply button that sends `choose` with the id, as a typed name would. */
export function choiceReply(id: string, label: ConversationText): QuickReply {
  return { label, input: { intent: 'choose', choice: id } };
}

/**
 * Text as names are compared: lower case, umlauts and accents reduced to their letter, "ß" as
 * "ss", anything but letters and digits a single space.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The thing whose name the whole text is, when exactly one fits. */
export function namedBy(text: string, named: readonly Named[]): string | undefined {
  const typed = fold(text);
  const ids = new Set(
    named.filter((item) => item.names.some((name) => fold(name) === typed)).map((item) => item.id),
  );
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The one choice of `named` the input makes: a quick reply's or parsed `choose`, or a typed
 * answer that is exactly one of the names. Undefined when the input chooses none of them.
 */
export function chosenOf(input: ConversationInput, named: readonly Named[]): string | undefined {
  const ids = named.map((item) => item.id);
  if (input.intent === 'choose') {
    const choice = input.choice ?? (input.choices?.length === 1 ? input.choices[0] : undefined);
    return choice !== undefined && ids.includes(choice) ? choice : undefined;
  }
  if (input.intent === 'answer' && input.text !== undefined) return namedBy(input.text, named);
  return undefined;
}

/** Names of a thing in both languages, plus synonyms. */
export function namesOf(label: LocalizedText, ...synonyms: string[]): string[] {
  return [...new Set([label.de, label.en, ...synonyms])];
}

/** A list of texts as one sentence part, each language joined on its own. */
export function listed(items: readonly ConversationText[], separator = '; '): ConversationText {
  return {
    de: items.map((item) => item.de).join(separator),
    en: items.map((item) => item.en).join(separator),
  };
}

/** A fixed text in both languages. */
export function same(text: string): ConversationText {
  return { de: text, en: text };
}

/** The letters of a text, to tell a sentence from a stray key or number. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** Whether the free text reads as a sentence of at least `words` words with letters. */
export function isSentence(text: string, words: number): boolean {
  const found = text.split(/\s+/).filter((word) => letterCount(word) >= 2);
  return found.length >= words;
}
