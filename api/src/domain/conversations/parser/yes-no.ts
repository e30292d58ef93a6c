import { words } from './normalize.ts';

/** Phrases of several words that mean yes or no, read before the single words. */
const phrases: [RegExp, string][] = [
  [
    /\b(auf keinen fall|keinesfalls|lieber nicht|eher nicht|besser nicht|bloss nicht|no way|not really|rather not|no thanks|no thank you|of course not|nicht wirklich)\b/g,
    ' no ',
  ],
  [
    /\b(in ordnung|alles klar|geht klar|na klar|machen wir so|machen wir|so machen wir es|passt so|sounds good|looks good|go ahead|of course|that'?s right|that works|let'?s do it|do it|fine by me|mach das|ist gut|sehr gut|das stimmt|go for it)\b/g,
    ' yes ',
  ],
];
const yesWords = new Set([
  'yes',
  'ja',
  'jo',
  'jop',
  'jap',
  'jawohl',
  'passt',
  'genau',
  'einverstanden',
  'ok',
  'okay',
  'okey',
  'oki',
  'klar',
  'gerne',
  'gern',
  'richtig',
  'stimmt',
  'korrekt',
  'sicher',
  'selbstverstandlich',
  'naturlich',
  'freilich',
  'yep',
  'yeah',
  'yup',
  'yea',
  'sure',
  'correct',
  'right',
  'fine',
  'agreed',
  'absolutely',
  'definitely',
  'certainly',
  'exactly',
  'perfect',
  'perfekt',
  'super',
  'prima',
  'gut',
  'good',
  'great',
  'confirm',
  'confirmed',
  'bestatigt',
  'bestatige',
  'zustimmung',
  'akzeptiert',
  'accept',
  'accepted',
  'approve',
  'approved',
  'y',
]);
const noWords = new Set([
  'no',
  'nein',
  'nope',
  'nah',
  'noe',
  'ne',
  'nee',
  'neee',
  'nicht',
  'not',
  'nix',
  'never',
  'niemals',
  'abgelehnt',
  'ablehnen',
  'decline',
  'declined',
  'reject',
  'n',
]);
/** Words around a yes or no that change nothing ("ja bitte", "nein danke", "das passt"). */
const filler = new Set([
  'bitte',
  'danke',
  'please',
  'thanks',
  'thank',
  'you',
  'das',
  'so',
  'es',
  'ist',
  'that',
  'is',
  'it',
  'thats',
  'its',
  'sounds',
  'looks',
  'damit',
  'bin',
  'ich',
  'i',
  'am',
  'im',
  'wir',
  'sind',
  'we',
  'are',
  'doch',
  'schon',
  'mal',
  'also',
  'ganz',
  'voll',
  'much',
  'dann',
  'then',
  'ok',
  'sehr',
  'very',
  'mit',
  'with',
  'thing',
  'oh',
  'hm',
  'hmm',
  'aber',
  'well',
  'na',
  'vielen',
  'dank',
  'denn',
  'dafur',
  'dagegen',
]);

/** Doubt is neither yes nor no: "nicht sicher" is not a "nicht" and a "sicher". */
const doubt =
  /\b(nicht sicher|unsicher|weiss nicht|weiss ich nicht|keine ahnung|vielleicht|eventuell|mal sehen|not sure|unsure|don'?t know|no idea|maybe|perhaps|not certain)\b/;
/** A plain yes and a plain no in one turn ("ja nein") contradict each other. */
const plainYes = new Set([
  'ja',
  'jo',
  'jop',
  'jap',
  'jawohl',
  'yes',
  'yep',
  'yeah',
  'yup',
  'yea',
  'y',
]);
const plainNo = new Set(['nein', 'no', 'nope', 'nah', 'noe', 'ne', 'nee', 'neee', 'n']);

/**
 * Yes and no as people type them: "ja", "jo", "passt", "genau", "einverstanden", "yes", "yep",
 * "sure" → confirm; "nein", "nö", "lieber nicht", "passt nicht", "no", "nope" → decline. Only
 * when the whole turn is that and nothing more: "nein, 5000" is a correction, not a no.
 */
export function readYesNo(simplified: string): 'confirm' | 'decline' | undefined {
  if (doubt.test(simplified)) return undefined;
  let text = simplified;
  for (const [pattern, replacement] of phrases) text = text.replace(pattern, replacement);
  const tokens = words(text);
  if (tokens.length === 0 || tokens.length > 8) return undefined;
  if (tokens.some((token) => plainYes.has(token)) && tokens.some((token) => plainNo.has(token))) {
    return undefined;
  }
  let yes = false;
  let no = false;
  for (const token of tokens) {
    if (noWords.has(token)) no = true;
    else if (yesWords.has(token)) yes = true;
    else if (!filler.has(token)) return undefined;
  }
  if (no) return 'decline';
  return yes ? 'confirm' : undefined;
}
