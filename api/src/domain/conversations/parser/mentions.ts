import type { Named } from './context.ts';
import { editDistanceWithin, typoAllowance } from './edit-distance.ts';
import { foldWord, tokenize, type Token } from './normalize.ts';

/** Which list a name comes from: criteria, options of a review, or the step's choices. */
export type MentionKind = 'criterion' | 'option' | 'choice';

export interface Mention {
  kind: MentionKind;
  /** Undefined when the words fit names of more than one thing equally well. */
  id: string | undefined;
  start: number;
  end: number;
}

interface Candidate {
  kind: MentionKind;
  id: string;
  words: string[];
}

function nameWords(name: string): string[] {
  return tokenize(
    name
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  ).map((token) => foldWord(token.word));
}

/** 0 for an exact word, 1 for a tolerated typo, undefined for a different word. */
function wordDistance(typed: string, name: string): number | undefined {
  if (typed === name) return 0;
  if (/\d/.test(name) || /\d/.test(typed)) return undefined;
  return editDistanceWithin(typed, name, typoAllowance(name.length)) ? 1 : undefined;
}

/**
 * Where the text names something from the lists: the longest run of words that matches a name,
 * each word exactly or within its typo allowance ("Souveranität", "Sicherhiet"); "ISO27001" also
 * matches "ISO 27001". Exact matches win over typos; when names of different things fit equally
 * well, the mention is ambiguous and has no id, so nobody is chosen by accident.
 */
export function findMentions(
  simplified: string,
  lists: { kind: MentionKind; named: readonly Named[] | undefined }[],
): Mention[] {
  const candidates: Candidate[] = lists.flatMap(({ kind, named }) =>
    (named ?? []).flatMap((item) =>
      item.names.map((name) => ({ kind, id: item.id, words: nameWords(name) })),
    ),
  );
  const tokens: Token[] = tokenize(simplified).map((token) => ({ ...token, word: foldWord(token.word) }));
  const longest = Math.max(0, ...candidates.map((candidate) => candidate.words.length));
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    let found: Mention | undefined;
    for (let length = Math.min(longest, tokens.length - index); length >= 1 && !found; length--) {
      const typed = tokens.slice(index, index + length);
      let best = Infinity;
      let matches: Candidate[] = [];
      for (const candidate of candidates) {
        const distance = matchDistance(typed, candidate.words);
        if (distance === undefined) continue;
        if (distance < best) [best, matches] = [distance, [candidate]];
        else if (distance === best) matches.push(candidate);
      }
      if (matches.length === 0) continue;
      const distinct = new Map(matches.map((match) => [`${match.kind}:${match.id}`, match]));
      const only = distinct.size === 1 ? matches[0] : undefined;
      found = {
        kind: only?.kind ?? matches[0]!.kind,
        id: only?.id,
        start: typed[0]!.start,
        end: typed.at(-1)!.end,
      };
      index += length;
    }
    if (!found) index++;
    else mentions.push(found);
  }
  return mentions;
}

function matchDistance(typed: Token[], words: string[]): number | undefined {
  if (typed.length === 1 && words.length > 1 && typed[0]!.word === words.join('')) return 0;
  if (typed.length !== words.length) return undefined;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const distance = wordDistance(typed[i]!.word, words[i]!);
    if (distance === undefined) return undefined;
    total += distance;
  }
  return total;
}

/**
 * The text with each mention replaced by a marker ("@c0" for the first criterion mentioned, "@o0"
 * for the first option, "@x0" for a choice), so sentence patterns can be written around names.
 */
export function withMarkers(simplified: string, mentions: Mention[]): string {
  let result = '';
  let position = 0;
  const counters: Record<MentionKind, number> = { criterion: 0, option: 0, choice: 0 };
  const letter: Record<MentionKind, string> = { criterion: 'c', option: 'o', choice: 'x' };
  for (const mention of mentions) {
    result += `${simplified.slice(position, mention.start)}@${letter[mention.kind]}${counters[mention.kind]++}`;
    position = mention.end;
  }
  return result + simplified.slice(position);
}

export function mentionsOf(mentions: Mention[], kind: MentionKind): Mention[] {
  return mentions.filter((mention) => mention.kind === kind);
}
