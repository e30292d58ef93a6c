import type { MessageKey } from '#lib/i18n/message.ts';

// The score sheet as a plain form: one radio group (the level) and one text area (the
// justification) per bid and ordinal criterion. A sheet may be saved with cells left empty; a
// cell half filled in is refused before the API is asked, next to the half that is missing.

/** One cell of the sheet: a bid on an ordinal criterion. */
export interface SheetCell {
  bidId: string;
  criterionId: string;
}

export interface SheetScore extends SheetCell {
  score: number;
  justification: string;
}

export const scoreField = (cell: SheetCell) => `score:${cell.bidId}:${cell.criterionId}`;
export const justificationField = (cell: SheetCell) =>
  `justification:${cell.bidId}:${cell.criterionId}`;

export type SheetReading =
  { ok: true; scores: SheetScore[] } | { ok: false; errors: Record<string, MessageKey[]> };

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
  const scores: SheetScore[] = [];
  const errors: Record<string, MessageKey[]> = {};
  for (const cell of cells) {
    const level = (values[scoreField(cell)] ?? '').trim();
    const justification = (values[justificationField(cell)] ?? '').trim();
    if (level === '' && justification === '') continue;
    const score = Number(level);
    if (level === '' || !Number.isInteger(score) || score < 0 || score > cell.scale) {
      errors[scoreField(cell)] = ['scoring_level_required'];
    } else if (justification === '') {
      errors[justificationField(cell)] = ['scoring_justification_required'];
    } else {
      scores.push({ bidId: cell.bidId, criterionId: cell.criterionId, score, justification });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, scores };
}

/** The form's values from a saved sheet, to show it again. */
export function sheetValues(scores: readonly SheetScore[]): Record<string, string> {
  return Object.fromEntries(
    scores.flatMap((entry) => [
      [scoreField(entry), String(entry.score)],
      [justificationField(entry), entry.justification],
    ]),
  );
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
