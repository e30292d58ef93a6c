import type { MessageKey } from '#lib/i18n/message.ts';

// The score sheet as a plain form: one radio group (the level) and one text area (the
// justification) per option and ordinal criterion. A draft may leave cells empty; a cell half
// filled in is the one thing refused before the API is asked, next to the half that is missing.

/** One cell of the sheet: an option on an ordinal criterion. */
export interface SheetCell {
  optionId: string;
  criterionId: string;
}

export interface SheetScore extends SheetCell {
  score: number;
  justification: string;
}

export const scoreField = (cell: SheetCell) => `score:${cell.optionId}:${cell.criterionId}`;
export const justificationField = (cell: SheetCell) =>
  `justification:${cell.optionId}:${cell.criterionId}`;

export type SheetReading =
  { ok: true; scores: SheetScore[] } | { ok: false; errors: Record<string, MessageKey[]> };

/** Reads the submitted values of the sheet's cells; the scale's top bounds each level. */
export function readScoreSheet(
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
      errors[scoreField(cell)] = ['review_score_level_required'];
    } else if (justification === '') {
      errors[justificationField(cell)] = ['review_score_justification_required'];
    } else {
      scores.push({ optionId: cell.optionId, criterionId: cell.criterionId, score, justification });
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
