import type { Named } from '../../../parser/context.ts';

/** Something of the scheme a person may name: its id and its title in both languages. */
export interface Nameable {
  id: string;
  title: { de: string; en: string };
}

/**
 * Names and synonyms of the award groups the templates use, so "Kosten" finds the price and
 * "sovereignty" the sovereignty group whatever the scheme calls them exactly.
 */
const synonyms: [RegExp, string[]][] = [
  [/price|preis|cost|kosten/, ['Preis', 'Kosten', 'Price', 'Cost', 'Costs']],
  [/sovereign|souver/, ['Souveränität', 'Souveraenitaet', 'Sovereignty']],
  [/secur|sicherheit/, ['Sicherheit', 'IT-Sicherheit', 'Security']],
  [/function|funktion/, ['Funktionalität', 'Funktionen', 'Functionality', 'Functions']],
  [/perform|leistung/, ['Leistung', 'Leistungsfähigkeit', 'Performance']],
  [/sustain|nachhalt/, ['Nachhaltigkeit', 'Sustainability']],
  [/implement|umsetz|einführ/, ['Umsetzung', 'Einführung', 'Implementation']],
  [/migrat/, ['Migration']],
  [/quality|qualität/, ['Qualität', 'Quality']],
];

const stopwords = new Set(
  'und oder der die das den dem des für nur mit von aus nach bei eine einer eines ein the and for only with from under of a an to in on as'.split(
    ' ',
  ),
);

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** A word that tells one item apart: long enough, or a code such as "C5", "ODF", "PUE". */
function distinctive(word: string): boolean {
  if (stopwords.has(word.toLowerCase())) return false;
  return word.length >= 5 || (word.length >= 2 && (/\d/.test(word) || word === word.toUpperCase()));
}

/**
 * Every name of each item: its titles and id, the synonyms of its kind, and the words of its
 * titles that no other item of the list uses ("C5", "ODF", "Barrierefreiheit").
 */
export function namesOf(items: readonly Nameable[]): Named[] {
  const wordsByItem = items.map((item) => [
    ...new Set(
      [...wordsOf(item.title.de), ...wordsOf(item.title.en)]
        .filter(distinctive)
        .map((word) => word.toLowerCase()),
    ),
  ]);
  const counts = new Map<string, number>();
  for (const words of wordsByItem)
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return items.map((item, index) => {
    const key = `${item.id} ${item.title.en} ${item.title.de}`.toLowerCase();
    const names = [
      item.title.de,
      item.title.en,
      item.id,
      item.id.replaceAll(/[-_.]/g, ' '),
      ...synonyms.filter(([pattern]) => pattern.test(key)).flatMap(([, words]) => words),
      ...(wordsByItem[index] ?? []).filter((word) => counts.get(word) === 1),
    ];
    return { id: item.id, names: [...new Set(names)] };
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The items a text names, by whole words, in the order of the list. */
export function namedIn(text: string, named: readonly Named[]): string[] {
  return named
    .filter((item) =>
      item.names.some((name) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escape(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
      ),
    )
    .map((item) => item.id);
}
