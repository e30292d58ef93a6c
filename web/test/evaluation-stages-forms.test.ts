import { describe, expect, it } from 'vitest';
import { readDocuments, readStageDecision } from '../src/lib/evaluation-stages/forms.ts';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('the evaluation forms', () => {
  it('judge only the criteria of the chosen stage, with their evidence', () => {
    const read = readStageDecision(
      form([
        ['stage', 'suitability'],
        ['outcome', 'passed'],
        ['basis', ''],
        ['reasons', ' References shown. '],
        ['registerQueriedOn', '2026-03-03'],
        ['criterion', 'formal:eg-123'],
        ['met-eg-123', 'true'],
        ['criterion', 'suitability:su-references'],
        ['met-su-references', 'true'],
        ['evidence-su-references', 'Three references'],
        ['evidenceDate-su-references', '2026-02-20'],
      ]),
    );
    expect(read).toEqual({
      stage: 'suitability',
      body: {
        outcome: 'passed',
        reasons: 'References shown.',
        checks: {
          'su-references': { met: true, evidence: 'Three references', evidenceDate: '2026-02-20' },
        },
      },
    });
  });

  it('send the register’s date in the formal check alone, an unticked check as unmet, no checks in the price check', () => {
    const formal = readStageDecision(
      form([
        ['stage', 'formal'],
        ['outcome', 'excluded'],
        ['basis', '§ 123 Abs. 1 GWB'],
        ['reasons', 'Conviction.'],
        ['registerQueriedOn', '2026-03-03'],
        ['criterion', 'formal:eg-123'],
      ]),
    );
    expect(formal?.body).toMatchObject({
      basis: '§ 123 Abs. 1 GWB',
      checks: { 'eg-123': { met: false } },
      registerQueriedOn: '2026-03-03',
    });
    const price = readStageDecision(
      form([
        ['stage', 'priceCheck'],
        ['outcome', 'passed'],
        ['basis', 'made up'],
        ['reasons', 'Explained.'],
      ]),
    );
    expect(price?.body).toEqual({ outcome: 'passed', reasons: 'Explained.' });
    expect(readStageDecision(form([['stage', 'award']]))).toBeNull();
  });

  it('leave out empty document rows', () => {
    const documents = readDocuments(
      form([
        ['name-0', 'reference.pdf'],
        ['bytes-0', '2048'],
        ['sha256-0', 'A'.repeat(64)],
        ['name-1', ''],
      ]),
      3,
    );
    expect(documents).toEqual([
      { name: 'reference.pdf', mediaType: 'application/pdf', bytes: 2048, sha256: 'a'.repeat(64) },
    ]);
  });
});
