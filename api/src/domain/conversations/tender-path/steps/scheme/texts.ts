import type { ConversationText, QuickReply } from '@tenderwise/schema';

/** A text in both languages. */
export function tx(de: string, en: string): ConversationText {
  return { de, en };
}

/** Basis points as a percentage for people: "42,5 %" in German, "42.5 %" in English. */
export function percentOf(basisPoints: number): ConversationText {
  const value = (basisPoints / 100).toFixed(2).replace(/\.?0+$/, '');
  return tx(`${value.replace('.', ',')} %`, `${value} %`);
}

/** A decimal number for people, with the German decimal comma. */
export function numberText(value: number, digits = 2): ConversationText {
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return tx(text.replace('.', ','), text);
}

/** Items joined into one sentence part: "A, B und C" / "A, B and C". */
export function listed(items: ConversationText[]): ConversationText {
  const join = (words: string[], and: string) =>
    words.length <= 1
      ? (words[0] ?? '')
      : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  return tx(
    join(
      items.map((item) => item.de),
      'und',
    ),
    join(
      items.map((item) => item.en),
      'and',
    ),
  );
}

/** Lines of both languages joined by line breaks. */
export function lines(...texts: ConversationText[]): ConversationText {
  return tx(texts.map((t) => t.de).join('\n'), texts.map((t) => t.en).join('\n'));
}

/** "That is all": turns a step's collected edits into a proposal. */
export const doneReply: QuickReply = {
  label: tx('Fertig – Änderungen vorschlagen', 'Done – propose the changes'),
  input: { intent: 'choose', choice: 'done' },
};

/** Whether the input says "that is all" (a quick reply, "ja", "fertig", "passt so"). */
export function saysDone(input: {
  intent: string;
  choice?: string;
  choices?: string[];
  text?: string;
}): boolean {
  if (input.intent === 'confirm') return true;
  const chosen = [...(input.choices ?? []), ...(input.choice === undefined ? [] : [input.choice])];
  if (chosen.length > 0 && chosen.every((choice) => choice === 'done' || choice === 'keep'))
    return true;
  return (
    input.text !== undefined &&
    /^\s*(fertig|passt( so)?|so lassen|alles behalten|done|that'?s it|keep (it|all)|looks good|ok(ay)?)\s*[.!]?\s*$/i.test(
      input.text,
    )
  );
}
