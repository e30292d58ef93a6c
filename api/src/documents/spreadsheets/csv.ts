import { stringify } from 'csv-stringify/sync';
import type { Matrix, MatrixCell } from './matrix.ts';

const decimal = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 10, useGrouping: false }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10, useGrouping: false }),
};

/**
 * CSV as spreadsheets in Germany open it: `;` between fields (in English too, so one import reads both), a byte order mark so UTF-8 is
 * recognised, CRLF line ends, and numbers with the language's decimal mark (7,5 in German) and no
 * thousands separator.
 */
export function matrixCsv(matrix: Matrix, lang: 'de' | 'en'): string {
  const cell = (value: MatrixCell) =>
    value === null
      ? ''
      : typeof value === 'number'
        ? decimal[lang].format(value)
        : // Text a spreadsheet would run as a formula is written as text (OWASP CSV injection).
          /^[=+\-@\t\r]/.test(value)
          ? `'${value}`
          : value;
  return stringify([matrix.header, ...matrix.rows.map((row) => row.map(cell))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
}
