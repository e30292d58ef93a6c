/** One difference between two JSON documents, at a JSON pointer (RFC 6901). */
export interface JsonDifference {
  pointer: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 6901: `~` becomes `~0`, `/` becomes `~1`. */
function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The differences between two versions' contents, deepest first where they differ: an object's
 * members and an array's items by position are compared one by one, anything else as a whole.
 * Pointers are in document order (object keys sorted), so the same two versions always give the
 * same list. Pure.
 */
export function compareJson(before: unknown, after: unknown, pointer = ''): JsonDifference[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const at = `${pointer}/${escapeToken(key)}`;
      if (!Object.hasOwn(after, key))
        return [{ pointer: at, kind: 'removed', before: before[key] }];
      if (!Object.hasOwn(before, key)) return [{ pointer: at, kind: 'added', after: after[key] }];
      return compareJson(before[key], after[key], at);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const differences: JsonDifference[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const at = `${pointer}/${index}`;
      if (index >= after.length)
        differences.push({ pointer: at, kind: 'removed', before: before[index] });
      else if (index >= before.length)
        differences.push({ pointer: at, kind: 'added', after: after[index] });
      else differences.push(...compareJson(before[index], after[index], at));
    }
    return differences;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ pointer, kind: 'changed', before, after }];
}
