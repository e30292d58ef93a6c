import type { MessageKey } from '#lib/i18n/message.ts';

// A score sheet as a plain form, whatever is scored (an option of a review, a bid of a tender):
// one radio group (the level) and one text area (the justification) per subject and ordinal
// criterion. A sheet may be saved with cells left empty; a cell half filled in is refused before
// the API is asked, next to the half that is missing.

/** One cell of a sheet: a subject (an option, a bid) on an ordinal criterion. */
export interface ScoreCell {
  subjectId: string;
  criterionId: string;
}

export interface CellScore extends ScoreCell {
  score: number;
  justification: string;
}

export const scoreFieldOf = (cell: ScoreCell) => `score:${cell.subjectId}:${cell.criterionId}`;
export const justificationFieldOf = (cell: ScoreCell) =>
  `justification:${cell.subjectId}:${cell.criterionId}`;

export type CellReading =
  { ok: true; scores: CellScore[] } | { ok: false; errors: Record<string, MessageKey[]> };

/**
 * Reads the sent values of the sheet's cells; the scale's top bounds each level. `messages` name
 * what a half-filled cell is told.
 */
export function readCells(
  values: Readonly<Record<string, string>>,
  cells: readonly (ScoreCell & { scale: number })[],
  messages: { level: MessageKey; justification: MessageKey },
): CellReading {
  const scores: CellScore[] = [];
  const errors: Record<string, MessageKey[]> = {};
  for (const cell of cells) {
    const level = (values[scoreFieldOf(cell)] ?? '').trim();
    const justification = (values[justificationFieldOf(cell)] ?? '').trim();
    if (level === '' && justification === '') continue;
    const score = Number(level);
    if (level === '' || !Number.isInteger(score) || score < 0 || score > cell.scale) {
      errors[scoreFieldOf(cell)] = [messages.level];
    } else if (justification === '') {
      errors[justificationFieldOf(cell)] = [messages.justification];
    } else {
      scores.push({
        subjectId: cell.subjectId,
        criterionId: cell.criterionId,
        score,
        justification,
      });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, scores };
}

/** The form's values from a saved sheet, to show it again. */
export function cellValues(scores: readonly CellScore[]): Record<string, string> {
  return Object.fromEntries(
    scores.flatMap((entry) => [
      [scoreFieldOf(entry), String(entry.score)],
      [justificationFieldOf(entry), entry.justification],
    ]),
  );
}
