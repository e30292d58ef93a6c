import { defaultPageSize } from '@tenderwise/schema';
import { ValidationError } from '../domain/errors.ts';

/**
 * The opaque `cursor` of paginated lists: the sort key of the last item of a page, as base64url
 * JSON. Clients only pass it back; a cursor that does not decode into the list's key is invalid
 * input, not a page that happens to be empty.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key a cursor stands for, or a 422 naming the `cursor` query parameter. */
export function decodeCursor<T>(cursor: string, read: (key: unknown) => T | undefined): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const decoded = read(key);
  if (decoded === undefined) {
    throw new ValidationError('1 value in the request is invalid.', [
      {
        in: 'query',
        pointer: '/cursor',
        detail: 'Not a cursor of this list: start again without one.',
      },
    ]);
  }
  return decoded;
}

/** A created-at time and id, the key of lists in order of creation. */
export function readCreatedKey(key: unknown): { createdAt: Date; id: string } | undefined {
  if (!Array.isArray(key) || key.length !== 2) return undefined;
  const [time, id] = key as unknown[];
  if (typeof time !== 'string' || typeof id !== 'string') return undefined;
  const createdAt = new Date(time);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  return Number.isNaN(createdAt.getTime()) || !uuid.test(id) ? undefined : { createdAt, id };
}

/**
 * A page of rows fetched with one extra row: the rows to show, and the cursor of the next page
 * (the key of the last row shown) when the extra row says there is one.
 */
export function pageOf<Row>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number)[],
): { rows: Row[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    rows: shown,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}

export const pageSize = (limit: number | undefined): number => limit ?? defaultPageSize;
