/** A cell of an exported table: text, a number (written as the language writes numbers), or empty. */
export type MatrixCell = string | number | null;

/** A table to export: a header row and data rows of the same width. */
export interface Matrix {
  header: string[];
  rows: MatrixCell[][];
}
