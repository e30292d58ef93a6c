import type { ConversationText } from '@tenderwise/schema';

/** What the dialogue itself says, whatever the path. */
export const dialogueTexts = {
  applied: { de: 'Übernommen.', en: 'Done.' },
  declined: {
    de: 'Gut, nichts geändert. Sie können anders antworten oder „weiter“ sagen.',
    en: 'All right, nothing changed. You can answer differently or say “next”.',
  },
  confirmPending: {
    de: 'Soll ich das so übernehmen? Antworten Sie mit „ja“ oder „nein“ – oder antworten Sie neu.',
    en: 'Shall I apply this? Answer “yes” or “no”, or give a new answer.',
  },
  firstStep: {
    de: 'Das ist der erste Schritt; weiter zurück geht es nicht.',
    en: 'This is the first step; there is nothing before it.',
  },
  stepNeeded: {
    de: 'Dieser Schritt wird gebraucht, bevor es weitergeht.',
    en: 'This step is needed before we go on.',
  },
  skipped: {
    de: 'Übersprungen; Sie können später hierher zurückkommen.',
    en: 'Skipped; you can come back to it later.',
  },
  keptAnswer: {
    de: 'Die bisherige Antwort bleibt.',
    en: 'The earlier answer stays.',
  },
  notUnderstood: {
    de: 'Das habe ich nicht verstanden.',
    en: 'I did not understand that.',
  },
  examplesIntro: { de: 'Zum Beispiel:', en: 'For example:' },
  noEditor: {
    de: 'Den Entwurf gibt es noch nicht; er entsteht mit dem ersten bestätigten Schritt.',
    en: 'There is no draft yet; it is created with the first confirmed step.',
  },
  editorLink: { de: 'Zum Schema-Editor', en: 'Open the scheme editor' },
  editor: {
    de: 'Das Wertungsschema können Sie jederzeit direkt bearbeiten; hier geht es danach weiter.',
    en: 'You can edit the scheme directly at any time; the dialogue goes on here afterwards.',
  },
  finished: {
    de: 'Dieses Gespräch ist abgeschlossen.',
    en: 'This conversation is finished.',
  },
} as const satisfies Record<string, ConversationText>;

/** Joins texts of both languages with a space. */
export function joinTexts(...texts: ConversationText[]): ConversationText {
  return {
    de: texts.map((t) => t.de).join(' '),
    en: texts.map((t) => t.en).join(' '),
  };
}
