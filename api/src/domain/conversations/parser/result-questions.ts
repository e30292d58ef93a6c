import type { ResultQuestion } from '@tenderwise/schema';
import type { Language } from './context.ts';
import type { Mention } from './mentions.ts';
import { digitsForNumberWords, numberPattern, readNumber } from './numbers.ts';
import { percentSign } from './percents.ts';

type Law = NonNullable<ResultQuestion['law']>;

const whyWord =
  /^(?:und |and |aber |but |also |so )?(warum|wieso|weshalb|why|how come|what makes|was macht)\b/;
const firstWords =
  /\b(vorne?|vorn|an der spitze|spitze|erste[rn]?|platz (?:1|eins)|rang (?:1|eins)|auf (?:1|eins)|gewinnt|siegt|fuhrt|fuehrt|vor allen|besten?|top|first|on top|ahead|leading|leads?|wins?|winning|the winner|the best|best|number one|no\.? 1|ranked (?:1|first|highest)|highest)\b/;
/** Words the part naming the option may hold without naming one ("die erste Option", "it"). */
const noOptionWords =
  /^(?:\s|der|die|das|den|the|option|angebot|anbieter|bieter|bid|offer|vendor|losung|diese|dieser|dieses|this|that|it|es|sie|denn|eigentlich|actually|jetzt|now|aktuell|currently|derzeit|so|liegt|ist|is|steht|does|did|was|wird|ranked|ranks?)*$/;

const whatIf =
  /\b(was ware|was waere|was wurde|was wuerde|was passiert|was wenn|was andert sich|was aendert sich|und wenn|what if|what happens|what would happen|what would change|suppose|angenommen|if)\b|^(?:und )?wenn\b/;
const robustness =
  /\b(robust[a-z]*|stabil[a-z]*|stable|stability|sensitiv[a-z]*|sensitiv|sensitive|sensitivity|belastbar[a-z]*|knapp|eindeutig|sicher ist|how sure|how certain|how close|tight|kippt|kippen|flip[a-z]*|change the order)\b/;
const rankingWords =
  /\b(rangfolge|reihenfolge|ranking|ergebnis|ergebnisse|platzierung|result|results|order|auswertung|bewertung|sieger|winner|vorsprung|lead)\b/;
const overtakeWords =
  /\b(uberholen|ueberholen|uberholt|vorbeiziehen|vorbeizuziehen|uberholte|schlagen|einzuholen|einholen|uberflugeln|beat|overtake|outrank|pass|surpass)\b/;
/** Where one option stands against another: an overtake question only with a need ("was müsste X tun, um vor Y zu landen"). */
const aheadWords = /\b(vor @o1|ahead of|above @o1|rank above|come out ahead)\b/;
/** "Warum ist X nicht vorne?" asks something else than "Warum ist X vorne?". */
const negation = /\b(nicht|kein[a-z]*|not|never|nie|isn t|isnt|doesn t|doesnt|aren t|arent)\b/;
const needWords =
  /\b(brauchte|braeuchte|braucht|brauchen|musste|muesste|muss|mussen|fehlt|fehlen|benotigt|benotigte|need|needs|needed|would it take|does it take|take for|must|have to|has to|gap|abstand|wie kann|how can|how could)\b/;
const laws: [RegExp, Law][] = [
  [/\bcloud[\s-]*act\b|\bclarifying lawful overseas use of data\b/, 'cloudAct'],
  [/\bfisa\b|\bsection 702\b|\beo 12333\b/, 'fisa702'],
  [
    /\bsanktion[a-z]*|\bsanction[a-z]*|\bembargo[a-z]*|\bexportkontroll[a-z]*|\bexport control[a-z]*/,
    'sanctions',
  ],
  [
    /\babschalt[a-z]*|\babgeschaltet|\bdisconnect[a-z]*|\bkill[\s-]?switch|\bcut off|\bswitched off|\babkoppl[a-z]*|\babgeklemmt|\bzugang gesperrt|\bshut off/,
    'disconnection',
  ],
];
const exposureWords =
  /\b(unterlieg[a-z]*|betroffen|ausgesetzt|exponiert|gefahrdet|risiko|risiken|anfallig|zugriff|subject to|exposed|exposure|affected|at risk|vulnerable|fall under|falls under|covered by|reach of|risk)\b/;

/** "Warum wurde X ausgeschlossen?", "Why was X excluded?" */
const excludedWords =
  /\b(ausgeschlossen|ausschluss|ausgeschieden|nicht zugelassen|nicht gewertet|excluded|exclusion|disqualified|eliminated|ruled out|not admitted|not ranked)\b/;

const percentValue = new RegExp(`${numberPattern}\\s*(?:${percentSign})?`);

function onlyIds(mentions: Mention[]): string[] | undefined {
  return mentions.some((mention) => !mention.id)
    ? undefined
    : mentions.map((mention) => mention.id!);
}

/**
 * Questions about an options review's results: why an option is first, what if a criterion
 * weighed so much, how robust the ranking is, which options a foreign law reaches, what one option
 * would need to overtake another, why one was excluded. Options and criteria come from the vocabulary; a name that is
 * not there (or fits two) leaves the question unknown rather than answered for someone else.
 */
export function readResultQuestion(
  marked: string,
  options: Mention[],
  criteria: Mention[],
  language: Language,
): ResultQuestion | undefined {
  const optionIds = onlyIds(options);
  const criterionIds = onlyIds(criteria);
  if (!optionIds || !criterionIds) return undefined;
  const text = marked
    .replace(/[?!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  const what = whatIf.exec(text);
  if (what && criterionIds.length === 1 && optionIds.length === 0) {
    const percent = percentValue.exec(
      digitsForNumberWords(text.slice(what.index)).replace(/@c\d+/g, ' '),
    );
    if (!percent) return undefined;
    const reading = readNumber(percent[1]!, language);
    if (!('value' in reading) || Number(reading.value) > 100) return undefined;
    return { kind: 'whatIf', criterionId: criterionIds[0]!, percent: reading.value };
  }

  const law = laws.find(([pattern]) => pattern.test(text))?.[1];
  if (
    law ||
    (exposureWords.test(text) && /\b(recht|gesetz|law|legal|auslandisch|foreign)\b/.test(text))
  ) {
    if (optionIds.length > 1 || criterionIds.length > 0) return undefined;
    return {
      kind: 'exposure',
      ...(law ? { law } : {}),
      ...(optionIds[0] ? { optionId: optionIds[0] } : {}),
    };
  }

  if (excludedWords.test(text) && (whyWord.test(text) || /^(wer|who|welche|which)\b/.test(text))) {
    if (optionIds.length > 1 || criterionIds.length > 0) return undefined;
    return { kind: 'whyExcluded', ...(optionIds[0] ? { optionId: optionIds[0] } : {}) };
  }

  if (negation.test(text)) return undefined;
  const needs = needWords.test(text);
  if (overtakeWords.test(text) || (needs && (optionIds.length === 2 || aheadWords.test(text)))) {
    if (optionIds.length === 2 && optionIds[0] !== optionIds[1] && criterionIds.length === 0) {
      return { kind: 'overtake', optionId: optionIds[0]!, otherOptionId: optionIds[1]! };
    }
    return undefined;
  }
  if (
    needWords.test(text) &&
    optionIds.length === 1 &&
    firstWords.test(text) &&
    criterionIds.length === 0
  ) {
    return { kind: 'overtake', optionId: optionIds[0]! };
  }

  const why = whyWord.exec(text);
  if (why && firstWords.test(text) && criterionIds.length === 0) {
    if (optionIds.length === 1) return { kind: 'whyFirst', optionId: optionIds[0]! };
    // Every word of "first" goes ("die erste Option vorne"), so only the naming part remains.
    const between = text.slice(why[0].length).replace(new RegExp(firstWords.source, 'g'), ' ');
    if (optionIds.length === 0 && noOptionWords.test(between)) return { kind: 'whyFirst' };
    return undefined;
  }

  if (
    robustness.test(text) &&
    (rankingWords.test(text) || /^(wie|how|ist|is|are|sind)\b/.test(text))
  ) {
    if (optionIds.length > 0 || criterionIds.length > 0) return undefined;
    return { kind: 'robustness' };
  }
  return undefined;
}
