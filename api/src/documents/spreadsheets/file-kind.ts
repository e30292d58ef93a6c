import { fileTypeFromBuffer } from 'file-type';

/** The media type of XLSX workbooks (Office Open XML spreadsheets). */
export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The spreadsheet formats an upload may be in. */
export type SpreadsheetKind = 'xlsx' | 'csv';

/**
 * What a spreadsheet upload is by its bytes, never by its name or declared type: an XLSX
 * workbook (file-type recognises it by `[Content_Types].xml`; a plain ZIP or a DOCX is not one),
 * or CSV, which is text without a binary signature and valid UTF-8. Anything else is undefined.
 */
export async function spreadsheetKindOf(bytes: Uint8Array): Promise<SpreadsheetKind | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected !== undefined) return detected.ext === 'xlsx' ? 'xlsx' : undefined;
  return isUtf8Text(bytes) ? 'csv' : undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
