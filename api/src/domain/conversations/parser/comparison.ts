import type { ConversationInput } from '@tenderwise/schema';
import type { Named } from './context.ts';
import type { Mention } from './mentions.ts';

type Comparison = NonNullable<ConversationInput['comparison']>;

/** Words that make a sentence a judgement of importance, not any sentence naming two criteria. */
const importance =
  /\b(wichtig[a-z]*|bedeutend[a-z]*|relevant[a-z]*|zahl[a-z]*|gewicht[a-z]*|prioritat|vorrang|important|importance|matters?|counts?|weigh[a-z]*|priorit[a-z]*|outweighs?)\b/;
const equal =
  /\b(gleich wichtig|gleichwichtig|gleichbedeutend|gleichrangig|gleich gewichtet|gleich stark|genauso wichtig|ebenso wichtig|gleich viel|gleiches gewicht|equally|the same|same weight|as important as|as much as)\b/;
const negationOrQuestion =
  /\b(nicht|kein[a-z]*|not|never|isn t|isnt|aren t|arent|doesn t|doesnt)\b|^(ist|sind|is|are|does|do|zahlt|zahlen)\b|\?\s*$/;
const weaker = /\b(weniger|unwichtiger|less|lower|geringer|halb so|half as)\b/;

/** Saaty's verbal scale (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme) and multiples. */
const factors: [RegExp, number][] = [
  [
    /\b(absolut|extrem|unvergleichlich|ungleich|extremely|absolutely|overwhelmingly|vastly|infinitely)\b/,
    9,
  ],
  [
    /\b(sehr viel|sehr stark|sehr deutlich|sehr|weitaus|um ein vielfaches|very much|very strongly|very|far far|much much)\b/,
    7,
  ],
  [
    /\b(viel|deutlich|erheblich|wesentlich|stark|klar|bedeutend|much|strongly|significantly|considerably|clearly|substantially|a lot|far|way)\b/,
    5,
  ],
  [
    /\b(etwas|bisschen|leicht|ein wenig|geringfugig|tendenziell|minimal|slightly|a bit|a little|somewhat|marginally|moderately|a tad)\b/,
    3,
  ],
];
const multiples: [RegExp, number][] = [
  [/\b(doppelt|zweimal|twice|double)\b/, 2],
  [/\b(dreimal|dreifach|triple|thrice)\b/, 3],
  [/\b(viermal|vierfach)\b/, 4],
  [/\b(funfmal|fuenfmal|funffach)\b/, 5],
  [/\b(sechsmal)\b/, 6],
  [/\b(siebenmal)\b/, 7],
  [/\b(achtmal)\b/, 8],
  [/\b(neunmal)\b/, 9],
  [
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|zwei|drei|vier|funf|sechs|sieben|acht|neun)\s*(?:-\s*)?(?:x|mal|fach|times)\b/,
    -1,
  ],
];
const digitWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};

function multiple(text: string): number | undefined {
  for (const [pattern, factor] of multiples) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (factor > 0) return factor;
    const value = digitWords[match[1]!] ?? Number(match[1]);
    return Number.isInteger(value) && value >= 1 && value <= 9 ? value : 0;
  }
  return undefined;
}

/** The degree named, from the strongest down, so "sehr viel" is 7 and not also 5; plain "more" is 3. */
function degree(text: string): number {
  return factors.find(([pattern]) => pattern.test(text))?.[1] ?? 3;
}

/**
 * A pairwise judgement: "Kosten sind doppelt so wichtig wie Souveränität", "Souveränität ist viel
 * wichtiger als Kosten", "price matters a bit more than security", "cost is 3 times as important as
 * sovereignty", "Sicherheit ist weniger wichtig als Kosten" (turned round), "gleich wichtig".
 * "wichtiger" with no degree is Saaty's 3 (moderately more important). Where the step compares
 * exactly two criteria, a sentence naming one or none of them ("equally important", "Kosten etwas
 * wichtiger") is about that pair.
 */
export function readComparison(
  marked: string,
  criteria: Mention[],
  vocabulary: readonly Named[] | undefined,
): Comparison | undefined {
  if (!importance.test(marked) && !equal.test(marked)) return undefined;
  // "nicht wichtiger", "not as important", "Ist Kosten wichtiger als …?" are no judgement to record.
  if (negationOrQuestion.test(marked)) return undefined;
  if (criteria.some((mention) => !mention.id)) return undefined;
  const ids = [...new Set(criteria.map((mention) => mention.id!))];
  if (ids.length > 2 || ids.length !== criteria.length) return undefined;
  let [first, second] = ids;
  if (ids.length < 2) {
    if (vocabulary?.length !== 2) return undefined;
    const pair = vocabulary.map((named) => named.id);
    if (ids.length === 0) {
      if (!equal.test(marked)) return undefined;
      [first, second] = pair;
    } else second = pair.find((id) => id !== first);
  }
  if (!first || !second) return undefined;
  const words = marked.replace(/@c\d+/g, ' ');
  const forward = (factor: number) => ({ more: first, less: second, factor });
  const reverse = (factor: number) => ({ more: second, less: first, factor });
  if (/\b(halb so|half as)\b/.test(words)) return reverse(2);
  const times = multiple(words);
  if (times === 0) return undefined;
  // A weaker word says the criterion before it is the less important one.
  const weakerAt = weaker.exec(marked)?.index;
  const secondAt = marked.indexOf('@c1');
  const firstIsWeaker = weakerAt !== undefined && (secondAt < 0 || weakerAt < secondAt);
  const directed = (factor: number) => (firstIsWeaker ? reverse(factor) : forward(factor));
  if (times !== undefined) return directed(times);
  if (equal.test(words)) return forward(1);
  return directed(degree(words));
}
