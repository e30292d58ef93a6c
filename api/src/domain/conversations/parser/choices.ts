import type { ParseContext } from './context.ts';
import type { Mention } from './mentions.ts';
import { words } from './normalize.ts';

const ordinals: Record<string, number> = {
  erste: 1,
  ersten: 1,
  erster: 1,
  erstes: 1,
  first: 1,
  zweite: 2,
  zweiten: 2,
  zweiter: 2,
  zweites: 2,
  second: 2,
  dritte: 3,
  dritten: 3,
  dritter: 3,
  drittes: 3,
  third: 3,
  vierte: 4,
  vierten: 4,
  vierter: 4,
  viertes: 4,
  fourth: 4,
  funfte: 5,
  funften: 5,
  funfter: 5,
  fifth: 5,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
  8: 8,
  9: 9,
  10: 10,
  11: 11,
  12: 12,
};
/** Words around positions that change nothing ("Nr. 1, 3 und 4", "die erste", "options 2 and 3"). */
const positionFiller = new Set([
  'und',
  'and',
  'sowie',
  'nr',
  'nummer',
  'number',
  'no',
  'option',
  'optionen',
  'options',
  'punkt',
  'punkte',
  'die',
  'der',
  'das',
  'den',
  'the',
  'one',
  'ones',
  'bitte',
  'please',
  'ich',
  'wir',
  'nehme',
  'nehmen',
  'take',
  'i',
  'we',
  'll',
  'choose',
  'wahle',
  'wahlen',
  'auswahl',
  'plus',
  'auch',
  'also',
  'variante',
  'antwort',
]);
const negation =
  /\b(nicht|kein[a-z]*|not|no|none|ohne|without|ausser|except|statt|instead|sondern)\b/;
const alternative = /\b(oder|or|bzw|beziehungsweise)\b/;

export interface Chosen {
  choice?: string;
  choices?: string[];
}

function chosen(ids: string[], context: ParseContext): Chosen | undefined {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return undefined;
  const wantsMany = context.expects?.includes('choices');
  const wantsOne = context.expects?.includes('choice');
  if (wantsMany && (!wantsOne || unique.length > 1)) return { choices: unique };
  return unique.length === 1 ? { choice: unique[0]! } : wantsOne ? undefined : { choices: unique };
}

/** "1, 3 und 4", "die zweite", "the first one": positions in the step's list of choices. */
function byPosition(simplified: string, context: ParseContext): Chosen | undefined {
  const list = context.vocabulary.choices ?? [];
  if (list.length === 0) return undefined;
  const ids: string[] = [];
  for (const word of words(simplified)) {
    const position =
      word === 'letzte' || word === 'letzten' || word === 'last' ? list.length : ordinals[word];
    if (position !== undefined) {
      const named = list[position - 1];
      if (!named) return undefined;
      ids.push(named.id);
    } else if (!positionFiller.has(word)) return undefined;
  }
  return chosen(ids, context);
}

/**
 * A choice by name ("Berlin", "offenes Verfahren", "C5 und ISO 27001") or position ("1, 3 und 4").
 * A negation, an "or", a name that fits two things, or several names where one is asked for
 * leave it open.
 */
export function readChoices(
  simplified: string,
  marked: string,
  mentions: Mention[],
  context: ParseContext,
): Chosen | undefined {
  const asks = context.expects?.some((kind) => kind === 'choice' || kind === 'choices');
  if (context.expects && !asks) return undefined;
  if (asks) {
    const positional = byPosition(simplified, context);
    if (positional) return positional;
  }
  if (mentions.length === 0 || mentions.some((mention) => !mention.id)) return undefined;
  if (
    negation.test(marked) ||
    alternative.test(marked) ||
    /\d/.test(marked.replace(/@[cox]\d+/g, ''))
  ) {
    return undefined;
  }
  return chosen(
    mentions.map((mention) => mention.id!),
    context,
  );
}
