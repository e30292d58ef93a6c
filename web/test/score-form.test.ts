import { describe, expect, it } from 'vitest';
import {
  justificationField,
  readScoreSheet,
  scoreField,
  sheetValues,
} from '../src/lib/options-reviews/score-form.ts';

const concept = { optionId: 'o1', criterionId: 'concept', scale: 5 };
const exit = { optionId: 'o1', criterionId: 'exit', scale: 10 };

describe('reading a score sheet', () => {
  it('keeps the filled cells of a draft and skips the empty ones', () => {
    const reading = readScoreSheet(
      { [scoreField(concept)]: '4', [justificationField(concept)]: ' Wie Anker 4 ' },
      [concept, exit],
    );
    expect(reading).toEqual({
      ok: true,
      scores: [{ optionId: 'o1', criterionId: 'concept', score: 4, justification: 'Wie Anker 4' }],
    });
  });

  it('asks for the justification of a level chosen, and for the level of a justification', () => {
    const reading = readScoreSheet(
      { [scoreField(concept)]: '2', [justificationField(exit)]: 'Offene Formate' },
      [concept, exit],
    );
    expect(reading).toEqual({
      ok: false,
      errors: {
        [justificationField(concept)]: ['review_score_justification_required'],
        [scoreField(exit)]: ['review_score_level_required'],
      },
    });
  });

  it('refuses a level beyond the criterion’s scale', () => {
    const reading = readScoreSheet(
      { [scoreField(concept)]: '6', [justificationField(concept)]: 'Mehr' },
      [concept],
    );
    expect(reading.ok).toBe(false);
  });

  it('shows a saved sheet again as the form’s values', () => {
    const saved = [{ optionId: 'o1', criterionId: 'exit', score: 7, justification: 'Offen' }];
    expect(readScoreSheet(sheetValues(saved), [exit])).toEqual({ ok: true, scores: saved });
  });
});
