import { describe, expect, it } from 'vitest';
import { expiryChoices, expiryInstant } from '../src/routes/api-keys/expiry.ts';

describe('expiryChoices', () => {
  it('offers tomorrow to a year ahead and suggests 90 days', () => {
    expect(expiryChoices(new Date('2026-11-28T15:00:00Z'))).toEqual({
      min: '2026-11-29',
      max: '2027-11-28',
      suggested: '2027-02-26',
    });
  });
});

describe('expiryInstant', () => {
  it('is the start of the chosen day in UTC', () => {
    expect(expiryInstant('2027-02-26')).toBe('2027-02-26T00:00:00.000Z');
  });

  it.each(['', '26.02.2027', '2027-02-30', '2027-2-1', '2027-02-26T00:00'])(
    'refuses %j',
    (text) => {
      expect(expiryInstant(text)).toBeNull();
    },
  );
});
