import type { ApiProblem } from '#lib/api/problem.ts';
import type { Message, MessageKey } from '#lib/i18n/message.ts';

// The vendor's forms name each field by the JSON pointer of its value in the request body (a
// field of `/seal/sov-1/justification` holds `content.seal['sov-1'].justification`), so the API's
// validation errors, which name the field by pointer, land next to the field they concern.

/** What was typed, by pointer; a ticked checkbox holds `true`. */
export type FormValues = Record<string, string>;

/** Messages by the pointer of the field (or section) they concern. */
export type PointerErrors = Record<string, Message[]>;

/** The fields of a submitted form that are named by a pointer. */
export function formValues(data: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of data) {
    if (name.startsWith('/') && typeof value === 'string') values[name] = value;
  }
  return values;
}

/** The row numbers present under a list, e.g. `/attestations` → [0, 1, 3]. */
export function rowIndices(values: FormValues, list: string): number[] {
  const found = new Set<number>();
  const pattern = new RegExp(`^${escapeRegExp(list)}/(\\d+)(/|$)`);
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Whether every field of a row is empty: an unused blank row, left out of the request. */
export function rowIsBlank(
  values: FormValues,
  row: string,
  ignore: readonly string[] = [],
): boolean {
  return Object.entries(values).every(
    ([name, value]) =>
      !name.startsWith(`${row}/`) ||
      ignore.some((field) => name === `${row}/${field}`) ||
      value.trim() === '',
  );
}

export function addError(errors: PointerErrors, pointer: string, key: MessageKey): void {
  const list = (errors[pointer] ??= []);
  if (!list.some((known) => known.key === key)) list.push({ key });
}

/** The messages for a field: its own and those of any part of its value (`/data/0` for `/data`). */
export function errorsUnder(errors: PointerErrors | null | undefined, pointer: string): Message[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([key]) => key === pointer || key.startsWith(`${pointer}/`))
    .flatMap(([, messages]) => messages);
}

/** A field's id on the page, from its pointer. */
export function fieldId(pointer: string): string {
  return `f${pointer.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** A trimmed text, or undefined when empty (optional fields are left out, not sent empty). */
export function optionalText(values: FormValues, pointer: string): string | undefined {
  const value = values[pointer]?.trim() ?? '';
  return value === '' ? undefined : value;
}

/** A number typed with a decimal point or comma; null when it does not read as one. */
export function decimal(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export interface ProblemPlacement {
  /** Leading part of the API's pointers that the form's names leave out, e.g. `/content`. */
  strip?: string;
  /** For each list, the form's row number of each item sent (blank rows are not sent). */
  rows?: Record<string, readonly number[]>;
  /** Pointers of whole sections: an error there means the part is missing. */
  sections?: readonly string[];
}

/**
 * The API's validation errors by the form's pointers, in the user's language (the API's English
 * details are never shown). Errors outside the form's fields are answered apart, by pointer.
 */
export function placeProblem(
  problem: ApiProblem,
  placement: ProblemPlacement,
): { errors: PointerErrors; unplaced: string[] } {
  const errors: PointerErrors = {};
  const unplaced: string[] = [];
  for (const error of problem.errors) {
    let pointer = error.pointer;
    // Some answers name the part of the body (`/content/locations`), others the part of the
    // content itself (`/locations`); both land on the same field.
    if (placement.strip) {
      if (pointer === placement.strip) pointer = '';
      else if (pointer.startsWith(`${placement.strip}/`)) {
        pointer = pointer.slice(placement.strip.length);
      }
    }
    for (const [list, rows] of Object.entries(placement.rows ?? {})) {
      const match = new RegExp(`^${escapeRegExp(list)}/(\\d+)(/.*)?$`).exec(pointer);
      if (match) {
        const row = rows[Number(match[1])];
        pointer = `${list}/${row ?? match[1]}${match[2] ?? ''}`;
      }
    }
    if (pointer === '') {
      unplaced.push(error.pointer);
      continue;
    }
    const isSection = placement.sections?.includes(pointer) ?? false;
    addError(errors, pointer, isSection ? 'vendor_section_missing' : 'form_field_invalid');
  }
  return { errors, unplaced };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rows a list shows: those with values, then one blank row to add another. */
export function shownRows(values: FormValues, list: string): number[] {
  const rows = rowIndices(values, list);
  return [...rows, (rows.at(-1) ?? -1) + 1];
}
