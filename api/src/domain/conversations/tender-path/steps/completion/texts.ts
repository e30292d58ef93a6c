import type { ConversationText } from '@tenderwise/schema';

export const empty: ConversationText = { de: '', en: '' };

/** Joins the non-empty texts of both languages with a space. */
export function join(...texts: ConversationText[]): ConversationText {
  const of = (language: 'de' | 'en') =>
    texts
      .map((text) => text[language])
      .filter((part) => part !== '')
      .join(' ');
  return { de: of('de'), en: of('en') };
}
