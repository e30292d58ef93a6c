import { describe, expect, it } from 'vitest';
import {
  berlinLocalInput,
  berlinLocalToIso,
  endOfBerlinDay,
  isLocalDateTime,
  momentInstant,
} from '../src/lib/tenders/berlin-time.ts';
import { parseCpvCodes } from '../src/lib/tenders/cpv.ts';
import { readDeadlineForm } from '../src/lib/tenders/deadline-form.ts';
import { euroInputValue, formatEuro, parseEuro } from '../src/lib/tenders/euro.ts';
import { isOpenProcedure } from '../src/lib/tenders/procedure-choice.ts';
import { readinessByTab, tabOfPointer } from '../src/lib/tenders/readiness.ts';
import {
  readValueForm,
  valueFieldName,
  valueFields,
  valuePointerFields,
} from '../src/lib/tenders/value-form.ts';

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
};

describe('parseEuro', () => {
  it('reads amounts as typed in German and English, exactly', () => {
    expect(parseEuro('180.000,50', 'de')).toBe('180000.5');
    expect(parseEuro('180,000.50', 'en')).toBe('180000.5');
    expect(parseEuro('216000', 'de')).toBe('216000');
    expect(parseEuro('12,5', 'de')).toBe('12.5');
    expect(parseEuro('12.5', 'de')).toBe('12.5');
    expect(parseEuro('1.200', 'de')).toBe('1200');
    expect(parseEuro('0,10 €', 'de')).toBe('0.1');
  });

  it('refuses what is no amount of euro with at most two decimal places', () => {
    expect(parseEuro('', 'de')).toBeNull();
    expect(parseEuro('-5', 'de')).toBeNull();
    expect(parseEuro('1,234', 'de')).toBeNull();
    expect(parseEuro('12,3456', 'de')).toBeNull();
    expect(parseEuro('1.20.0', 'de')).toBeNull();
    expect(parseEuro('abc', 'en')).toBeNull();
  });

  it('shows amounts again in the page language', () => {
    expect(euroInputValue('180000.5', 'de')).toBe('180000,5');
    expect(formatEuro('216000', 'de')).toBe('216.000 €');
    expect(formatEuro('215999.9', 'en')).toBe('€215,999.90');
    expect(formatEuro('-12000', 'de')).toBe('−12.000 €');
  });
});

describe('parseCpvCodes', () => {
  it('reads codes separated by commas, spaces or lines, each once', () => {
    expect(parseCpvCodes('72000000-5, 48000000-8\n72000000-5')).toEqual({
      codes: ['72000000-5', '48000000-8'],
      invalid: [],
      duplicates: ['72000000-5'],
    });
    expect(parseCpvCodes('7200000-5 foo').invalid).toEqual(['7200000-5', 'foo']);
  });
});

describe('Berlin wall-clock times', () => {
  it('shows a stored instant as Berlin local time in winter and summer', () => {
    expect(berlinLocalInput('2027-11-02T11:00:00.000Z')).toBe('2027-11-02T12:00');
    expect(berlinLocalInput('2027-07-01T10:00:00Z')).toBe('2027-07-01T12:00');
    expect(berlinLocalInput(null)).toBe('');
  });

  it('accepts only real local dates and times', () => {
    expect(isLocalDateTime('2027-11-02T12:00')).toBe(true);
    expect(isLocalDateTime('2027-02-30T12:00')).toBe(false);
    expect(isLocalDateTime('2027-11-02T24:00')).toBe(false);
    expect(isLocalDateTime('2027-11-02')).toBe(false);
  });

  it('shows a Berlin midnight as the end of the day before, also across a month', () => {
    expect(endOfBerlinDay('2026-12-09T23:00:00Z')).toBe('2026-12-09');
    expect(endOfBerlinDay('2027-02-28T23:00:00Z')).toBe('2027-02-28');
    expect(endOfBerlinDay('2027-07-31T22:00:00Z')).toBe('2027-07-31');
    expect(endOfBerlinDay('2026-12-20T11:00:00Z')).toBeNull();
  });

  it('reads a zoned moment of the deadline rules as an instant', () => {
    expect(new Date(momentInstant('2027-11-02T00:00:00+01:00[Europe/Berlin]')).toISOString()).toBe(
      '2027-11-01T23:00:00.000Z',
    );
  });
});

describe('readDeadlineForm', () => {
  it('sends a last day of the bid validity in preference to a number of days', () => {
    const reading = readDeadlineForm(
      form({
        submissionDeadline: '2027-03-15T12:00',
        bidValidityUntil: '2027-05-14',
        bidValidityDays: '60',
        periodReductions: ['urgency', 'electronicSubmission', 'invented'],
      }),
    );
    expect(reading).toMatchObject({
      ok: true,
      input: {
        submissionDeadline: '2027-03-15T12:00',
        bidValidityUntil: '2027-05-14',
        periodReductions: ['electronicSubmission', 'urgency'],
      },
    });
    expect(reading.ok && 'bidValidityDays' in reading.input).toBe(false);
  });

  it('asks for the submission deadline and refuses impossible values next to their fields', () => {
    const reading = readDeadlineForm(
      form({ submissionDeadline: '', questionsDeadline: '2027-13-01T10:00', bidValidityDays: '0' }),
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(Object.keys(reading.errors.fields).sort()).toEqual([
      'bidValidityDays',
      'questionsDeadline',
      'submissionDeadline',
    ]);
    expect(reading.values.questionsDeadline).toBe('2027-13-01T10:00');
  });
});

describe('value form', () => {
  const lots = [
    { number: 1, title: 'Betrieb' },
    { number: 3, title: 'Migration' },
  ];

  it('reads each lot of the tender as lot-<number> with its options and extensions', () => {
    const reading = readValueForm(
      form({
        [valueFieldName.basis(1)]: 'periodicPrice',
        [valueFieldName.amount(1)]: '3.000',
        [valueFieldName.termMonths(1)]: '36',
        [valueFieldName.additionRows(1)]: '2',
        [valueFieldName.additionKind(1, 0)]: 'extension',
        [valueFieldName.additionDescription(1, 0)]: 'Verlängerung um zwölf Monate',
        [valueFieldName.additionAmount(1, 0)]: '36.000',
        [valueFieldName.basis(3)]: 'totalPrice',
        [valueFieldName.amount(3)]: '40000,50',
        [valueFieldName.payments(3)]: '',
        estimatedOn: '2027-01-10',
      }),
      lots,
      'suppliesServices',
      'de',
    );
    expect(reading).toMatchObject({
      ok: true,
      estimatedOn: '2027-01-10',
      input: {
        contractKind: 'suppliesServices',
        lots: [
          {
            id: 'lot-1',
            basis: { kind: 'periodicPrice', monthlyAmount: '3000', termMonths: 36 },
            additions: [
              { kind: 'extension', description: 'Verlängerung um zwölf Monate', amount: '36000' },
            ],
          },
          { id: 'lot-3', basis: { kind: 'totalPrice', amount: '40000.5' }, additions: [] },
        ],
      },
    });
  });

  it('names each field that is missing or no amount, and keeps what was typed', () => {
    const reading = readValueForm(
      form({
        [valueFieldName.amount(1)]: 'viel',
        [valueFieldName.additionRows(1)]: '1',
        [valueFieldName.additionAmount(1, 0)]: '100',
      }),
      lots.slice(0, 1),
      'suppliesServices',
      'de',
    );
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors.fields[valueFieldName.amount(1)]).toEqual([
      { key: 'tenders_value_amount_invalid' },
    ]);
    expect(reading.errors.fields[valueFieldName.additionDescription(1, 0)]).toEqual([
      { key: 'form_field_required' },
    ]);
    expect(reading.fields.lots[0]?.amount).toBe('viel');
  });

  it('fills the fields from a stored estimate, a blank lot for a lot it does not name', () => {
    const fields = valueFields(
      {
        contractKind: 'suppliesServices',
        lots: [
          {
            id: 'lot-1',
            basis: { kind: 'totalPrice', amount: '180000.5' },
            additions: [{ kind: 'option', description: 'Schulung', amount: '5000' }],
            paymentsToParticipants: '0',
          },
        ],
      },
      '2027-01-10',
      lots,
      'de',
    );
    expect(fields.estimatedOn).toBe('2027-01-10');
    expect(fields.lots[0]).toMatchObject({ basis: 'totalPrice', amount: '180000,5', payments: '' });
    expect(fields.lots[0]?.additions).toEqual([
      { kind: 'option', description: 'Schulung', amount: '5000' },
    ]);
    expect(fields.lots[1]).toMatchObject({ number: 3, amount: '', additions: [] });
  });
});

describe('readiness', () => {
  it('links each missing item to the tab where it is done', () => {
    expect(tabOfPointer('/lots')).toBe('lots');
    expect(tabOfPointer('/lots/0/scheme')).toBe('scheme');
    expect(tabOfPointer('/noLotsReasons')).toBe('procedure');
    expect(tabOfPointer('/submissionDeadline')).toBe('deadlines');
    expect(tabOfPointer('/team')).toBe('team');
    expect(tabOfPointer('/somethingNew')).toBe('overview');
    expect(
      readinessByTab([
        { pointer: '/team', id: 'a' },
        { pointer: '/estimatedValue', id: 'b' },
        { pointer: '/team', id: 'c' },
      ]).map((group) => [group.tab, group.items.map((item) => item.id)]),
    ).toEqual([
      ['team', ['a', 'c']],
      ['procedure', ['b']],
    ]);
  });
});

describe('isOpenProcedure', () => {
  const stages = (...ids: string[]) => ids.map((id) => ({ id, references: [] })) as never;
  it('takes a procedure with publication and submission period and no invitation as open', () => {
    expect(
      isOpenProcedure({ stages: stages('preparation', 'publication', 'submissionPeriod') }),
    ).toBe(true);
    expect(
      isOpenProcedure({
        stages: stages('preparation', 'publication', 'participationPeriod', 'submissionPeriod'),
      }),
    ).toBe(false);
  });
});

describe('valuePointerFields', () => {
  it('places the API’s pointers into the estimate next to the lot’s fields', () => {
    const fields = valuePointerFields([{ number: 1 }, { number: 4 }]);
    expect(fields['/estimatedValue/lots/1/basis/monthlyAmount']?.field).toBe('lot-4-amount');
    expect(fields['/estimatedValue/lots/0/basis/kind']?.field).toBe('lot-1-basis');
    expect(fields['/estimatedOn']?.field).toBe('estimatedOn');
  });
});

describe('a Berlin wall-clock time as an instant', () => {
  it('reads winter and summer time, and refuses what is no time', () => {
    expect(berlinLocalToIso('2027-01-15T09:30')).toBe('2027-01-15T08:30:00.000Z');
    expect(berlinLocalToIso('2027-07-15T09:30')).toBe('2027-07-15T07:30:00.000Z');
    expect(berlinLocalToIso('2027-07-15 09:30')).toBeNull();
    expect(berlinLocalToIso('')).toBeNull();
  });
});
