import {
  cellValues,
  justificationFieldOf,
  readCells,
  scoreFieldOf,
  type CellReading,
} from '#lib/scoring/score-sheet.ts';

// The tender's score sheet: the shared sheet form (`lib/scoring/score-sheet.ts`) with the lot's
// bids in the procedure as its subjects.

/** One cell of the sheet: a bid on an ordinal criterion. */
export interface SheetCell {
  bidId: string;
  criterionId: string;
}

export interface SheetScore extends SheetCell {
  score: number;
  justification: string;
}

const asCell = (cell: SheetCell) => ({ subjectId: cell.bidId, criterionId: cell.criterionId });

export const scoreField = (cell: SheetCell) => scoreFieldOf(asCell(cell));
export const justificationField = (cell: SheetCell) => justificationFieldOf(asCell(cell));

export type SheetReading = { ok: true; scores: SheetScore[] } | Extract<CellReading, { ok: false }>;

/** Every bid on every criterion, with the criterion's scale. */
export function sheetCells(
  bids: readonly { bidId: string }[],
  criteria: readonly { criterionId: string; scale: number }[],
): (SheetCell & { scale: number })[] {
  return bids.flatMap((bid) =>
    criteria.map((criterion) => ({
      bidId: bid.bidId,
      criterionId: criterion.criterionId,
      scale: criterion.scale,
    })),
  );
}

/** Reads the sent values of the sheet's cells; the scale's top bounds each level. */
export function readSheet(
  values: Readonly<Record<string, string>>,
  cells: readonly (SheetCell & { scale: number })[],
): SheetReading {
  const reading = readCells(
    values,
    cells.map((cell) => ({ ...asCell(cell), scale: cell.scale })),
    { level: 'scoring_level_required', justification: 'scoring_justification_required' },
  );
  if (!reading.ok) return reading;
  return {
    ok: true,
    scores: reading.scores.map(({ subjectId, ...score }) => ({ bidId: subjectId, ...score })),
  };
}

/** The form's values from a saved sheet, to show it again. */
export function sheetValues(scores: readonly SheetScore[]): Record<string, string> {
  return cellValues(scores.map(({ bidId, ...score }) => ({ subjectId: bidId, ...score })));
}

/** Where the API's pointers into the scores sent land on the form. */
export function sheetPointers(scores: readonly SheetCell[]): Record<string, string> {
  return Object.fromEntries(
    scores.flatMap((cell, index) => [
      [`/scores/${index}/score`, scoreField(cell)],
      [`/scores/${index}/bidId`, scoreField(cell)],
      [`/scores/${index}/criterionId`, scoreField(cell)],
      [`/scores/${index}/justification`, justificationField(cell)],
    ]),
  );
}
