import { readSheet, type CellValue } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { assertSafeZip, xlsxZipLimits } from './zip-guard.ts';
import { withFixedZipTimestamps } from './zip-timestamps.ts';

/** A cell as this API writes it: text, a number, or nothing. */
export type WrittenCell = string | number | null;

/** A worksheet to write: its name (at most 31 characters) and its rows, a header row first. */
export interface WrittenSheet {
  name: string;
  rows: readonly (readonly WrittenCell[])[];
  /** Column widths in characters, by column; the rest default. */
  widths?: readonly number[];
  /** Freeze the header row, so it stays visible while scrolling. */
  stickyHeader?: boolean;
}

/**
 * One XLSX workbook from sheets of plain cells; the same input gives the same bytes (write-excel-
 * file sets no time stamps). Text cells are typed as text, so a spreadsheet program does not read
 * "01" or "1.5" as a number or a date.
 */
export async function toXlsx(sheets: readonly WrittenSheet[]): Promise<Uint8Array> {
  const buffer = await writeExcelFile(
    sheets.map((sheet) => ({
      sheet: sheet.name.slice(0, 31),
      data: sheet.rows.map((row) =>
        row.map((cell) =>
          cell === null
            ? null
            : typeof cell === 'number'
              ? { value: cell, type: Number }
              : { value: cell, type: String, format: '@' },
        ),
      ),
      ...(sheet.widths && { columns: sheet.widths.map((width) => ({ width })) }),
      ...(sheet.stickyHeader && { stickyRowsCount: 1 }),
    })),
  ).toBuffer();
  return withFixedZipTimestamps(
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
  );
}

/** A cell as read: text as written, a number as its exact decimal text, a date, a truth value. */
export type ReadCell = string | boolean | Date | ExactNumber | null;

/** A numeric cell's value as the file stores it, e.g. "1234.5" or "1E-3". */
export interface ExactNumber {
  number: string;
}

/** An XLSX upload that is not a readable workbook. */
export class UnreadableXlsxError extends Error {
  override name = 'UnreadableXlsxError';
}

/**
 * The first worksheet of an XLSX upload, as rows of cells, after {@link assertSafeZip} passed it.
 * Numbers keep the decimal text the file stores, so nothing is rounded on the way.
 *
 * @throws UnsafeZipError for a container over the limits
 * @throws UnreadableXlsxError for a workbook the reader cannot read
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<ReadCell[][]> {
  await assertSafeZip(bytes, xlsxZipLimits);
  let data: (CellValue<ExactNumber> | null)[][];
  try {
    data = await readSheet<ExactNumber>(Buffer.from(bytes), {
      parseNumber: (text: string) => ({ number: text }),
      trim: false,
    });
  } catch {
    throw new UnreadableXlsxError('The workbook cannot be read; save it again as .xlsx.');
  }
  return data.map((row) =>
    row.map((cell): ReadCell => {
      if (cell === null || cell === undefined) return null;
      if (cell instanceof Date) return cell;
      if (typeof cell === 'string' || typeof cell === 'boolean') return cell;
      if (typeof cell === 'object' && 'number' in cell) return cell;
      return null;
    }),
  );
}
