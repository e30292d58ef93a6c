import { describe, expect, it } from 'vitest';
import {
  defaultFormBodyBytes,
  evidenceFormAllowance,
  formBodyLimit,
  isBidImportUpload,
} from '#lib/server/form-body-limits.ts';
import {
  berlinInstant,
  mappingFromForm,
} from '../src/routes/tenders/[tenderId]/bids/import/mapping-fields.ts';

const twentyMiB = 20 * 1024 * 1024;

describe('the bid import page', () => {
  it('takes a 20 MB export through the preview and the import, other pages the forms’ 5 MiB', () => {
    const preview = new URL('http://localhost/de/tenders/7f1c/bids/import?/preview');
    const importing = new URL('http://localhost/tenders/7f1c/bids/import/?/import');
    const saving = new URL('http://localhost/tenders/7f1c/bids/import?/saveMapping');
    const elsewhere = new URL('http://localhost/tenders/7f1c/questions?/answer');
    expect(isBidImportUpload('POST', preview)).toBe(true);
    expect(isBidImportUpload('GET', preview)).toBe(false);
    expect(formBodyLimit('POST', importing, twentyMiB)).toBe(twentyMiB + evidenceFormAllowance);
    expect(formBodyLimit('POST', importing, twentyMiB)).toBeGreaterThan(20_000_000);
    expect(formBodyLimit('POST', saving, twentyMiB)).toBe(twentyMiB + evidenceFormAllowance);
    expect(formBodyLimit('POST', elsewhere, twentyMiB)).toBe(defaultFormBodyBytes);
  });

  it('reads the column choices and the Berlin opening time', () => {
    const data = new FormData();
    data.append('column.bidderName', 'Bieter');
    data.append('column.late', '');
    data.append('answer.EG-1', 'Ausschluss');
    expect(mappingFromForm(data)).toEqual({
      columns: { bidderName: 'Bieter' },
      answers: { 'EG-1': 'Ausschluss' },
    });
    expect(mappingFromForm(new FormData())).toBeNull();
    expect(berlinInstant('2027-03-01T12:15')).toBe('2027-03-01T12:15:00+01:00');
    expect(berlinInstant('2027-07-01T12:15')).toBe('2027-07-01T12:15:00+02:00');
    expect(berlinInstant('')).toBeNull();
  });
});
