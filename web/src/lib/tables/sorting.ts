// Sorting the rows of a table by one column, for DataTable. Pure, so the server renders the same
// order the browser shows after hydration.

/** The values of `aria-sort` a sorted column can carry. */
export type SortDirection = 'ascending' | 'descending';

export interface SortState<Key extends string = string> {
  column: Key;
  direction: SortDirection;
}

/** What a cell is sorted by: text, a number (dates as milliseconds), or nothing. */
export type SortValue = string | number | null | undefined;

/**
 * The rows in the order of `value`, stable for equal values. Text is compared the way the
 * language sorts it (ä with a, "Key 10" after "Key 9"); cells without a value come last in either
 * direction, so "never used" never pushes the used keys down.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
  locale: string,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.key === null || a.key === undefined || a.key === '';
      const bEmpty = b.key === null || b.key === undefined || b.key === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}

/**
 * The sort after activating a column's button: the sorted column turns around, another column
 * starts in its own first direction (newest first suits dates, A to Z suits names).
 */
export function nextSort<Key extends string>(
  current: SortState<Key> | null,
  column: Key,
  firstDirection: SortDirection = 'ascending',
): SortState<Key> {
  if (current?.column !== column) return { column, direction: firstDirection };
  return {
    column,
    direction: current.direction === 'ascending' ? 'descending' : 'ascending',
  };
}

/** Milliseconds of an ISO instant, for sorting by date; null stays null. */
export function instant(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
