/**
 * The form every recogniser reads: lower case, accents and umlauts reduced to their base letter
 * ("Souveränität" → "souveranitat", "ß" → "ss"), typographic quotes and dashes made plain, runs
 * of spaces collapsed. Digits, "€", "%" and punctuation stay, since numbers and dates need them.
 */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\t\r\n ]+/g, ' ')
    .trim();
}

/**
 * A word as names are compared: a German umlaut typed as "ae", "oe", "ue" (no umlaut key) means
 * the same as the plain vowel left by `simplify`, so both reduce to it.
 */
export function foldWord(word: string): string {
  return word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words and numbers of a simplified text, with where they stand. */
export function tokenize(simplified: string): Token[] {
  return [...simplified.matchAll(/[a-z0-9]+/g)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words of a simplified text, punctuation dropped. */
export function words(simplified: string): string[] {
  return tokenize(simplified).map((token) => token.word);
}
