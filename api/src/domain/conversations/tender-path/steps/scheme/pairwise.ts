import type { ConversationText } from '@tenderwise/schema';
import type { AhpAnalysis } from '../../../../../engine/weighting/ahp/analyse.ts';
import { numberText, tx } from './texts.ts';

/** Judgements so far: `a|b` (a before b in the tree's order) to how many times a outweighs b. */
export type Judgements = Record<string, number>;

export interface Titled {
  id: string;
  title: { de: string; en: string };
}

export function pairKey(a: string, b: string): string {
  return `${a}|${b}`;
}

/** Every pair of the items, in the tree's order: (1,2), (1,3) … (2,3) … */
export function pairsOf(ids: readonly string[]): [string, string][] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
}

/** A `compare` input as the judgement of its pair; null for items not compared here. */
export function judgementOf(
  ids: readonly string[],
  comparison: { more: string; less: string; factor: number },
): { key: string; value: number } | null {
  const more = ids.indexOf(comparison.more);
  const less = ids.indexOf(comparison.less);
  if (more < 0 || less < 0 || more === less) return null;
  return more < less
    ? { key: pairKey(comparison.more, comparison.less), value: comparison.factor }
    : { key: pairKey(comparison.less, comparison.more), value: 1 / comparison.factor };
}

/** The judgement matrix the AHP engine reads: row i against column j. */
export function matrixOf(ids: readonly string[], judgements: Judgements): number[][] {
  return ids.map((a, i) =>
    ids.map((b, j) => {
      if (i === j) return 1;
      return i < j ? judgements[pairKey(a, b)]! : 1 / judgements[pairKey(b, a)]!;
    }),
  );
}

function judgement(ids: readonly string[], judgements: Judgements, a: string, b: string): number {
  return ids.indexOf(a) < ids.indexOf(b)
    ? judgements[pairKey(a, b)]!
    : 1 / judgements[pairKey(b, a)]!;
}

/** "A is 3 times as important as B", the way round that reads naturally. */
export function statement(
  byId: Map<string, Titled>,
  a: string,
  b: string,
  value: number,
): ConversationText {
  const [more, less, factor] = value >= 1 ? [a, b, value] : [b, a, 1 / value];
  const m = byId.get(more)!.title;
  const l = byId.get(less)!.title;
  if (Math.abs(factor - 1) < 1e-9)
    return tx(
      `${m.de} und ${l.de} sind gleich wichtig`,
      `${m.en} and ${l.en} are equally important`,
    );
  const f = numberText(factor, 1);
  return tx(
    `${m.de} ist ${f.de}-mal so wichtig wie ${l.de}`,
    `${m.en} is ${f.en} times as important as ${l.en}`,
  );
}

export interface Contradiction {
  /** The pair whose judgement the others contradict most. */
  a: string;
  b: string;
  text: ConversationText;
}

/**
 * The most contradictory judgement in plain words: the engine ranks the judgements by how far
 * each departs from the priorities they produced (judgement deviations, Saaty 2003); the third
 * item whose two judgements most contradict it shows why ("A > B and B > C, but C > A").
 */
export function explainContradiction(
  analysis: AhpAnalysis,
  items: readonly Titled[],
  judgements: Judgements,
): Contradiction | null {
  const worst = analysis.inconsistentPairs[0];
  if (worst === undefined) return null;
  const ids = items.map((item) => item.id);
  const byId = new Map(items.map((item) => [item.id, item]));
  const { rowId: r, columnId: c } = worst;
  const direct = judgement(ids, judgements, r, c);
  let third: { id: string; chain: number } | null = null;
  for (const k of ids) {
    if (k === r || k === c) continue;
    const chain = judgement(ids, judgements, r, k) * judgement(ids, judgements, k, c);
    if (
      third === null ||
      Math.abs(Math.log(chain / direct)) > Math.abs(Math.log(third.chain / direct))
    )
      third = { id: k, chain };
  }
  const cr = numberText(analysis.consistencyRatio, 2);
  const head = tx(
    `Ihre Vergleiche widersprechen sich (Konsistenzquote ${cr.de}; tragbar sind höchstens 0,1).`,
    `Your comparisons contradict each other (consistency ratio ${cr.en}; at most 0.1 is acceptable).`,
  );
  const said = statement(byId, r, c, direct);
  if (third === null) {
    return {
      a: r,
      b: c,
      text: tx(
        `${head.de} Am stärksten weicht ab: ${said.de}.`,
        `${head.en} Furthest off: ${said.en}.`,
      ),
    };
  }
  const first = statement(byId, r, third.id, judgement(ids, judgements, r, third.id));
  const second = statement(byId, third.id, c, judgement(ids, judgements, third.id, c));
  const chained = statement(byId, r, c, third.chain);
  const pair = [byId.get(r)!.title, byId.get(c)!.title];
  const [a, b] = ids.indexOf(r) < ids.indexOf(c) ? [r, c] : [c, r];
  return {
    a,
    b,
    text: tx(
      `${head.de} Sie sagten: ${first.de}, und ${second.de} – daraus folgt: ${chained.de}. Sie sagten aber: ${said.de}. Am stärksten weicht Ihr Vergleich „${pair[0]!.de} gegenüber ${pair[1]!.de}“ ab. Möchten Sie ihn neu beurteilen oder die Gewichte trotzdem übernehmen?`,
      `${head.en} You said: ${first.en}, and ${second.en} – which means ${chained.en}. But you said: ${said.en}. Your comparison “${pair[0]!.en} against ${pair[1]!.en}” is furthest off. Would you like to judge it again, or take the weights anyway?`,
    ),
  };
}
