import type { components } from '@tenderwise/schema/openapi-types';
import type { MessageKey } from '#lib/i18n/message.ts';

// A member's weight set as a plain form: per sibling set a method, and per method its inputs:
// points, ranks or swing points per node, or one choice on Saaty's scale per pair of nodes.

type SiblingSet = components['schemas']['SiblingSet'];
type WeightSetEntry = components['schemas']['WeightSetEntry'];

export const weightMethods = ['directPoints', 'rankOrderCentroid', 'swing', 'ahp'] as const;
export type WeightMethod = (typeof weightMethods)[number];

/**
 * Saaty's fundamental scale from "the first is extremely more important" (9) through "equally
 * important" (1) to "the second is extremely more important" (1/9).
 */
export const saatyChoices = [
  '9',
  '8',
  '7',
  '6',
  '5',
  '4',
  '3',
  '2',
  '1',
  '1/2',
  '1/3',
  '1/4',
  '1/5',
  '1/6',
  '1/7',
  '1/8',
  '1/9',
] as const;

export const methodField = (set: number) => `method:${set}`;
export const valueField = (set: number, method: WeightMethod, nodeId: string) =>
  `${method}:${set}:${nodeId}`;
export const pairField = (set: number, row: number, column: number) =>
  `pair:${set}:${row}:${column}`;

/** The pairs a set's nodes form, each once, in the order of the nodes. */
export function pairsOf(nodeIds: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let row = 0; row < nodeIds.length; row++) {
    for (let column = row + 1; column < nodeIds.length; column++) pairs.push([row, column]);
  }
  return pairs;
}

/** A choice on Saaty's scale as the ratio it stands for, or undefined when it is none. */
export function ratioOf(choice: string | undefined): number | undefined {
  if (choice === undefined || !(saatyChoices as readonly string[]).includes(choice)) {
    return undefined;
  }
  return choice.startsWith('1/') ? 1 / Number(choice.slice(2)) : Number(choice);
}

/** The choice nearest a stored ratio (as typed judgements are reconciled). */
export function choiceOf(ratio: number): string {
  const value = ratio >= 1 ? Math.round(ratio) : -Math.round(1 / ratio);
  const bounded = Math.max(-9, Math.min(9, value));
  return bounded >= 1 ? String(bounded) : bounded <= -2 ? `1/${-bounded}` : '1';
}

/**
 * What the form shows before anything was typed: the member's saved set, or for a set never
 * saved, the scheme's weights as points.
 */
export function weightSetValues(
  sets: readonly SiblingSet[],
  saved: readonly WeightSetEntry[] | undefined,
): Record<string, string> {
  const values: Record<string, string> = {};
  sets.forEach((set, index) => {
    const entry = saved?.find((item) => item.parentId === set.parentId);
    values[methodField(index)] = entry?.method ?? 'directPoints';
    for (const id of set.nodeIds) {
      values[valueField(index, 'directPoints', id)] = String((set.schemeWeightsBp[id] ?? 0) / 100);
    }
    if (entry === undefined) return;
    if (entry.method === 'ahp') {
      const at = new Map(entry.items.map((item, position) => [item.id, position]));
      for (const [row, column] of pairsOf(set.nodeIds)) {
        const ratio = entry.judgements[at.get(set.nodeIds[row]!)!]?.[at.get(set.nodeIds[column]!)!];
        if (ratio !== undefined) values[pairField(index, row, column)] = choiceOf(ratio);
      }
      return;
    }
    for (const item of entry.items) {
      const value = 'rank' in item ? item.rank : item.points;
      values[valueField(index, entry.method, item.id)] = String(value);
    }
  });
  return values;
}

export type WeightSetReading =
  { ok: true; sets: WeightSetEntry[] } | { ok: false; errors: Record<string, MessageKey[]> };

/**
 * Reads the form into the API's entries; a missing or unreadable value is refused next to its
 * field before the API is asked. The methods' own rules (a swing at 100, some points above
 * zero) are the API's to check.
 */
export function readWeightSet(
  values: Readonly<Record<string, string>>,
  sets: readonly SiblingSet[],
): WeightSetReading {
  const errors: Record<string, MessageKey[]> = {};
  const entries: WeightSetEntry[] = [];
  sets.forEach((set, index) => {
    const method = values[methodField(index)] as WeightMethod;
    const parentId = set.parentId;
    if (method === 'ahp') {
      const judgements: number[][] = set.nodeIds.map((_, row) =>
        set.nodeIds.map((__, column) => (row === column ? 1 : 0)),
      );
      for (const [row, column] of pairsOf(set.nodeIds)) {
        const field = pairField(index, row, column);
        const ratio = ratioOf(values[field]);
        if (ratio === undefined) {
          errors[field] = ['review_weight_pair_required'];
          continue;
        }
        judgements[row]![column] = ratio;
        judgements[column]![row] = 1 / ratio;
      }
      entries.push({ parentId, method, items: set.nodeIds.map((id) => ({ id })), judgements });
      return;
    }
    if (!(weightMethods as readonly string[]).includes(method)) {
      errors[methodField(index)] = ['review_weight_method_required'];
      return;
    }
    const numbers = set.nodeIds.map((id) => {
      const field = valueField(index, method, id);
      const text = (values[field] ?? '').trim().replace(',', '.');
      const value = text === '' ? Number.NaN : Number(text);
      const whole = method === 'rankOrderCentroid';
      if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
        errors[field] = [whole ? 'review_weight_rank_invalid' : 'review_weight_points_invalid'];
      }
      return { id, value };
    });
    if (method === 'rankOrderCentroid') {
      entries.push({
        parentId,
        method,
        items: numbers.map(({ id, value }) => ({ id, rank: value })),
      });
    } else {
      entries.push({
        parentId,
        method,
        items: numbers.map(({ id, value }) => ({ id, points: value })),
      });
    }
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, sets: entries };
}
