import {
  cellValues,
  justificationFieldOf,
  readCells,
  scoreFieldOf,
  type CellReading,
} from '#lib/scoring/score-sheet.ts';

// The options review's score sheet: the shared sheet form (`lib/scoring/score-sheet.ts`) with
// the options as its subjects.

/** One cell of the sheet: an option on an ordinal criterion. */
export interface SheetCell {
  optionId: string;
  criterionId: string;
}

export interface SheetScore extends SheetCell {
  score: number;
  justification: string;
}

const asCell = (cell: SheetCell) => ({ subjectId: cell.optionId, criterionId: cell.criterionId });

export const scoreField = (cell: SheetCell) => scoreFieldOf(asCell(cell));
export const justificationField = (cell: SheetCell) => justificationFieldOf(asCell(cell));

export type SheetReading = { ok: true; scores: SheetScore[] } | Extract<CellReading, { ok: false }>;

/** Reads the submitted values of the sheet's cells; the scale's top bounds each level. */
export function readScoreSheet(
  values: Readonly<Record<string, string>>,
  cells: readonly (SheetCell & { scale: number })[],
): SheetReading {
  const reading = readCells(
    values,
    cells.map((cell) => ({ ...asCell(cell), scale: cell.scale })),
    { level: 'review_score_level_required', justification: 'review_score_justification_required' },
  );
  if (!reading.ok) return reading;
  return {
    ok: true,
    scores: reading.scores.map(({ subjectId, ...score }) => ({ optionId: subjectId, ...score })),
  };
}

/** The form's values from a saved sheet, to show it again. */
export function sheetValues(scores: readonly SheetScore[]): Record<string, string> {
  return cellValues(scores.map(({ optionId, ...score }) => ({ subjectId: optionId, ...score })));
}
