import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { toCsv } from '../spreadsheets/csv.ts';
import { formatGermanNumber } from '../spreadsheets/german-numbers.ts';
import { reportMatrix, type MatrixCell } from './matrix.ts';

/** A cell as CSV text: numbers as the language writes them, formulas defused. */
function csvCell(value: MatrixCell, lang: ReportLanguage): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return lang === 'de' ? formatGermanNumber(value) : String(value);
  // Text a spreadsheet program would run as a formula is written as text (OWASP CSV injection).
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The matrix as CSV: `;` between fields, a byte order mark and CRLF (the shared CSV settings),
 * numbers in German ("1.250.000,5") or English ("1250000.5") as the language asks.
 */
export function renderMatrixCsv(report: OptionsReviewReport, lang: ReportLanguage): string {
  const matrix = reportMatrix(report, lang);
  return toCsv([
    matrix.header,
    ...matrix.rows.map((row) => row.map((cell) => csvCell(cell, lang))),
  ]);
}
