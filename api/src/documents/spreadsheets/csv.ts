import { parse } from 'csv-parse/sync';
import { stringify, type Options as StringifyOptions } from 'csv-stringify/sync';

/** The media type of CSV files this API reads and writes (RFC 4180, with its header flag). */
export const csvMediaType = 'text/csv';

/**
 * How CSV files are written for people who open them in a German spreadsheet program: a
 * semicolon between fields (the comma is the decimal sign), CRLF line ends, and a byte order mark
 * so the program reads UTF-8 (umlauts) rather than its local code page.
 */
export const csvWriteOptions = {
  bom: true,
  delimiter: ';',
  record_delimiter: 'windows',
} as const satisfies StringifyOptions;

/** Table rows as one CSV text with {@link csvWriteOptions}; cells are written as given. */
export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    csvWriteOptions,
  );
}

/** A CSV text that cannot be read: unbalanced quotes, a stray quote, no text at all. */
export class UnreadableCsvError extends Error {
  override name = 'UnreadableCsvError';
}

/**
 * The rows of a CSV text as strings, exactly as written (no casting, no trimming): semicolons
 * separate fields unless the first line has none and has commas, so files saved by an English
 * spreadsheet program are read too. A leading byte order mark is dropped. Empty lines stay rows
 * (of one empty cell), so a row's index + 1 is its line in a spreadsheet program.
 *
 * @throws UnreadableCsvError for text that is not CSV
 */
export function readCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(';') && firstLine.includes(',') ? ',' : ';';
  try {
    return parse(body, {
      delimiter,
      cast: false,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UnreadableCsvError(`The CSV file cannot be read: ${message}`);
  }
}
