import type { Named } from './context.ts';
import { editDistanceWithin, typoAllowance } from './edit-distance.ts';
import { foldWord, simplify, tokenize } from './normalize.ts';

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
  joined: string;
  hasDigits: boolean;
}

function nameWords(name: string): string[] {
  return tokenize(simplify(name)).map((token) => foldWord(token.word));
}

/**
 * A step's lists are the same objects turn after turn (and never changed in place); their names are
 * split and folded once per list.
 */
const prepared = new WeakMap<readonly Named[], Partial<Record<MentionKind, Candidate[]>>>();

function candidatesOf(kind: MentionKind, named: readonly Named[] | undefined): Candidate[] {
  if (!named) return [];
  const byKind = prepared.get(named) ?? {};
  prepared.set(named, byKind);
  byKind[kind] ??= named.flatMap((item) =>
    item.names.map((name) => {
      const words = nameWords(name);
      return { kind, id: item.id, words, joined: words.join(''), hasDigits: /\d/.test(name) };
    }),
  );
  return byKind[kind];
}

/** 0 for an exact word, 1 for a tolerated typo, undefined for a different word. */
function wordDistance(typed: string, name: string, digits: boolean): number | undefined {
  if (typed === name) return 0;
  // Numbers in names ("ISO 27001", "SOC 2") must be typed exactly.
  if (digits) return undefined;
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
  const candidates: Candidate[] = lists.flatMap(({ kind, named }) => candidatesOf(kind, named));
  if (candidates.length === 0) return [];
  const tokens = tokenize(simplified);
  const typed = tokens.map((token) => foldWord(token.word));
  const digits = typed.map((word) => /\d/.test(word));
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.words.length);
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    let found = false;
    for (let length = Math.min(longest, tokens.length - index); length >= 1 && !found; length--) {
      let best = Infinity;
      let first: Candidate | undefined;
      let ambiguous = false;
      for (const candidate of candidates) {
        const distance = matchDistance(typed, digits, index, length, candidate);
        if (distance === undefined || distance > best) continue;
        if (distance < best || !first) [best, first, ambiguous] = [distance, candidate, false];
        else if (candidate.id !== first.id || candidate.kind !== first.kind) ambiguous = true;
      }
      if (!first) continue;
      mentions.push({
        kind: first.kind,
        id: ambiguous ? undefined : first.id,
        start: tokens[index]!.start,
        end: tokens[index + length - 1]!.end,
      });
      found = true;
      index += length;
    }
    if (!found) index++;
  }
  return mentions;
}

function matchDistance(
  typed: string[],
  digits: boolean[],
  index: number,
  length: number,
  candidate: Candidate,
): number | undefined {
  const { words } = candidate;
  if (length === 1 && words.length > 1) return typed[index] === candidate.joined ? 0 : undefined;
  if (length !== words.length) return undefined;
  let total = 0;
  for (let i = 0; i < length; i++) {
    const distance = wordDistance(
      typed[index + i]!,
      words[i]!,
      candidate.hasDigits || digits[index + i]!,
    );
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
