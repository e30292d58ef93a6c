import { describe, expect, it } from 'vitest';
import {
  justificationField,
  readSheet,
  scoreField,
  sheetCells,
  sheetPointers,
} from '../src/routes/tenders/[tenderId]/scoring/sheet-fields.ts';

const cells = sheetCells(
  [{ bidId: 'bid-a' }, { bidId: 'bid-b' }],
  [{ criterionId: 'concept', scale: 5 }],
);
const a = { bidId: 'bid-a', criterionId: 'concept' };
const b = { bidId: 'bid-b', criterionId: 'concept' };

describe('the tender score sheet form', () => {
  it('sends the cells filled in and leaves empty ones out', () => {
    const reading = readSheet(
      { [scoreField(a)]: '4', [justificationField(a)]: ' Anchor 4 met. ' },
      cells,
    );
    expect(reading).toEqual({
      ok: true,
      scores: [{ ...a, score: 4, justification: 'Anchor 4 met.' }],
    });
  });

  it('refuses a level without a justification, and one beyond the scale, next to the cell', () => {
    const reading = readSheet(
      { [scoreField(a)]: '3', [scoreField(b)]: '6', [justificationField(b)]: 'Why' },
      cells,
    );
    expect(reading).toEqual({
      ok: false,
      errors: {
        [justificationField(a)]: ['scoring_justification_required'],
        [scoreField(b)]: ['scoring_level_required'],
      },
    });
  });

  it("places the API's pointers into the scores sent on their cells", () => {
    expect(sheetPointers([a, b])['/scores/1/justification']).toBe(justificationField(b));
  });
});
