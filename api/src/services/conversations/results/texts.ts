import type { AssistantMessage, ConversationFigure, ConversationText } from '@tenderwise/schema';

/** A sentence in German and English. */
export type Both = ConversationText;

const german = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const english = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number as each language writes it in a sentence (figures keep the engine's form). */
export function numberIn(value: number, digits = 2): Both {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor + 0;
  return { de: german.format(rounded), en: english.format(rounded) };
}

/** A share 0–1 as a percentage in a sentence. */
export function percentIn(share: number, digits = 1): Both {
  const { de, en } = numberIn(share * 100, digits);
  return { de: `${de} %`, en: `${en} %` };
}

/** A figure as the engine gave it: numbers as JSON writes them, none as a dash. */
export function figure(label: Both, value: number | string | null | boolean): ConversationFigure {
  return { label, value: value === null ? '–' : String(value) };
}

/** A message that says why a question cannot be answered (yet), not an error. */
export function cannotAnswer(text: Both, link?: AssistantMessage['link']): AssistantMessage {
  return { kind: 'info', text, ...(link !== undefined && { link }) };
}

/** "A, B und C" / "A, B and C". */
export function listed(items: readonly string[]): Both {
  if (items.length <= 1) return { de: items.join(''), en: items.join('') };
  const head = items.slice(0, -1).join(', ');
  const last = items.at(-1)!;
  return { de: `${head} und ${last}`, en: `${head} and ${last}` };
}

/** The results page, at the chart or table with this id. */
export function resultsLink(
  reviewId: string,
  anchor: string,
  label: Both,
  query?: Record<string, string>,
): NonNullable<AssistantMessage['link']> {
  const search = query === undefined ? '' : `?${new URLSearchParams(query).toString()}`;
  return { href: `/reviews/${reviewId}/results${search}#${anchor}`, label };
}
