import { toJsonPointer } from './json-pointer.ts';

/** What a JSON text holds that `JSON.parse` does not tell. */
export interface JsonTextFindings {
  /** Pointer to the first key that repeats an earlier key of the same object. */
  repeatedKey?: string;
  /** Pointers to strings (keys included) that contain U+0000, in text order, at most `limit`. */
  nulCharacters: string[];
}

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openObject = 0x7b;
const closeObject = 0x7d;
const openArray = 0x5b;
const closeArray = 0x5d;

interface Container {
  /** Keys seen so far; undefined for an array. */
  keys?: Set<string>;
  /** Whether the path holds a segment for this container's current member or element. */
  hasMember: boolean;
}

/**
 * Scans a JSON text that `JSON.parse` accepted for what parsing hides: a repeated key, which
 * `JSON.parse` silently resolves to its last value (a second `scopes` would widen what the first
 * said), and strings with U+0000, which PostgreSQL cannot store in text.
 *
 * Hand-written because the parsers that report repeated keys (jsonc-parser, momoa) descend
 * recursively and overflow the stack on deeply nested input that `JSON.parse` accepts, e.g.
 * 400,000 nested arrays in 800 KB. This scanner keeps its own stack, uses no regular expression
 * and looks at each character once, so its cost is linear in the text's length whatever the text.
 * Keys are compared after unescaping (`"a"` and `"\u0061"` are the same key), as `JSON.parse`
 * compares them. Text that `JSON.parse` refuses gives findings without meaning, never an error.
 */
export function inspectJsonText(text: string, limit = 20): JsonTextFindings {
  const nulCharacters: string[] = [];
  const containers: Container[] = [];
  const path: (string | number)[] = [];
  let expectingKey = false;
  let position = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === quote) {
      const end = stringEnd(text, position);
      const token = text.slice(position, end);
      const escaped = token.includes('\\');
      const value = escaped ? unescapeString(token) : token.slice(1, -1);
      const container = containers.at(-1);
      if (expectingKey && container?.keys !== undefined) {
        path.push(value);
        container.hasMember = true;
        if (container.keys.has(value)) return { repeatedKey: toJsonPointer(path), nulCharacters };
        container.keys.add(value);
        expectingKey = false;
      }
      if (escaped && value.includes('\u0000') && nulCharacters.length < limit) {
        nulCharacters.push(toJsonPointer(path));
      }
      position = end;
      continue;
    }
    if (code === openObject) {
      containers.push({ keys: new Set(), hasMember: false });
      expectingKey = true;
    } else if (code === openArray) {
      containers.push({ hasMember: true });
      path.push(0);
    } else if (code === closeObject || code === closeArray) {
      if (containers.pop()?.hasMember) path.pop();
      expectingKey = false;
    } else if (code === comma) {
      const container = containers.at(-1);
      if (container?.keys !== undefined) {
        if (container.hasMember) path.pop();
        container.hasMember = false;
        expectingKey = true;
      } else if (container !== undefined) {
        path[path.length - 1] = (path.at(-1) as number) + 1;
      }
    }
    position += 1;
  }
  return { nulCharacters };
}

/** The index just past the string token that starts at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  let position = start + 1;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === backslash) position += 2;
    else if (code === quote) return position + 1;
    else position += 1;
  }
  return text.length;
}

function unescapeString(token: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return token.slice(1, -1);
  }
}
