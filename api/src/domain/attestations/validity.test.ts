import { readSeed } from '@tenderwise/seed';
import { Evidence, type CatalogueEntry, type ValidityRule } from '@tenderwise/schema';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, addMonths, daysBetween } from './calendar.ts';
import {
  expiryWarnings,
  judgeAttestationValidity,
  toEngineEvidence,
  validityRuleFor,
  type RecordedAttestation,
} from './validity.ts';

const source = [{ name: 'Test source', url: 'https://example.org/rule' }];
const text = { de: 'Regel', en: 'Rule' };
const periodEnd: ValidityRule = {
  kind: 'periodEnd',
  months: 12,
  basis: 'practice',
  text,
  sources: source,
};
const referenceDate: ValidityRule = {
  kind: 'referenceDate',
  months: 12,
  countsFrom: 'auditPeriodEnd',
  basis: 'practice',
  text,
  sources: source,
};
const stated: ValidityRule = { kind: 'stated', basis: 'scheme', text, sources: source };
const statedWithTerm: ValidityRule = {
  kind: 'stated',
  defaultTerm: { months: 36, countsFrom: 'auditPeriodEnd' },
  basis: 'scheme',
  text,
  sources: source,
};
const undefinedRule: ValidityRule = { kind: 'undefined', basis: 'scheme', text, sources: source };

const c5: RecordedAttestation = {
  scheme: 'bsi-c5',
  type: 'type2',
  auditPeriod: { from: '2025-01-01', to: '2025-12-31' },
  reportDate: '2026-02-15',
};

const statusOn = (attestation: RecordedAttestation, rule: ValidityRule | null, on: string) =>
  judgeAttestationValidity(attestation, rule, on).status;

describe('calendar arithmetic', () => {
  it('ends a period of months on the same day number, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days across leap days and years, and refuses dates that do not exist', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(() => addMonths('2025-02-29', 1)).toThrow(RangeError);
  });
});

describe('a report over an audit period (periodEnd)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is valid on its last day, twelve months after the period ended, and expired the next', () => {
    const last = judgeAttestationValidity(c5, periodEnd, '2026-12-31');
    expect(last).toMatchObject({
      status: 'valid',
      validFrom: '2026-02-15',
      validUntil: '2026-12-31',
      rule: 'periodEnd',
    });
    expect(last.reason.en).toContain('12 months after the end of the audit period');
    expect(last.reason.de).toContain('31.12.2026');
    expect(statusOn(c5, periodEnd, '2027-01-01')).toBe('expired');
  });

  it('is not yet valid before its report date, though the period has ended', () => {
    expect(statusOn(c5, periodEnd, '2026-02-14')).toBe('notYetValid');
    expect(statusOn(c5, periodEnd, '2026-02-15')).toBe('valid');
  });

  it('counts from a leap day to the end of February the following year', () => {
    const leap = {
      ...c5,
      auditPeriod: { from: '2023-03-01', to: '2024-02-29' },
      reportDate: '2024-04-01',
    };
    expect(judgeAttestationValidity(leap, periodEnd, '2025-02-28')).toMatchObject({
      status: 'valid',
      validUntil: '2025-02-28',
    });
    expect(statusOn(leap, periodEnd, '2025-03-01')).toBe('expired');
  });

  it('gives two answers on two dates and never reads the clock', () => {
    expect(statusOn(c5, periodEnd, '2026-06-30')).toBe('valid');
    expect(statusOn(c5, periodEnd, '2027-06-30')).toBe('expired');
    expect(statusOn(c5, periodEnd, '2026-06-30')).toBe('valid');
  });

  it('gives the same answer whatever the system clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2020-01-01T12:00:00Z'));
    const early = judgeAttestationValidity(c5, periodEnd, '2026-06-30');
    vi.setSystemTime(new Date('2030-01-01T12:00:00Z'));
    expect(judgeAttestationValidity(c5, periodEnd, '2026-06-30')).toEqual(early);
    expect(early.status).toBe('valid');
  });

  it('lets a recorded end shorten the window but never extend it', () => {
    const withdrawn = { ...c5, validUntil: '2026-05-31' };
    expect(judgeAttestationValidity(withdrawn, periodEnd, '2026-06-01')).toMatchObject({
      status: 'expired',
      validUntil: '2026-05-31',
    });
    const claimed = { ...c5, validUntil: '2028-12-31' };
    expect(judgeAttestationValidity(claimed, periodEnd, '2027-01-01')).toMatchObject({
      status: 'expired',
      validUntil: '2026-12-31',
    });
  });

  it('is undetermined without a period end or a report date, or with dates out of order', () => {
    const { auditPeriod: _period, ...noPeriod } = c5;
    const { reportDate: _report, ...noReport } = c5;
    for (const attestation of [
      noPeriod,
      noReport,
      { ...c5, reportDate: '2025-11-30' },
      { ...c5, auditPeriod: { from: '2026-01-01', to: '2025-12-31' } },
      { ...c5, reportDate: '2026-02-30' },
    ]) {
      expect(judgeAttestationValidity(attestation, periodEnd, '2026-06-30')).toMatchObject({
        status: 'undetermined',
        validFrom: null,
        validUntil: null,
      });
    }
  });

  it('was never current when issued after its twelve months had passed', () => {
    const late = { ...c5, reportDate: '2027-02-01' };
    expect(statusOn(late, periodEnd, '2027-01-15')).toBe('expired');
    expect(statusOn(late, periodEnd, '2027-03-01')).toBe('expired');
  });
});

describe('a point-in-time report (referenceDate)', () => {
  const type1 = {
    scheme: 'bsi-c5',
    type: 'type1',
    auditPeriod: { from: '2025-08-31', to: '2025-08-31' },
    reportDate: '2025-10-10',
  };

  it('counts from its reference date, not from the later report date', () => {
    expect(judgeAttestationValidity(type1, referenceDate, '2026-08-31')).toMatchObject({
      status: 'valid',
      validUntil: '2026-08-31',
      rule: 'referenceDate',
    });
    expect(statusOn(type1, referenceDate, '2026-09-01')).toBe('expired');
  });

  it('counts from the report date where the rule says so (a self-assessment)', () => {
    const rule: ValidityRule = { ...referenceDate, countsFrom: 'reportDate' };
    const selfAssessment = { scheme: 'csa-star', type: 'level1', reportDate: '2025-01-31' };
    expect(judgeAttestationValidity(selfAssessment, rule, '2026-01-31')).toMatchObject({
      status: 'valid',
      validFrom: '2025-01-31',
      validUntil: '2026-01-31',
    });
    expect(statusOn(selfAssessment, rule, '2026-02-01')).toBe('expired');
  });
});

describe('a stated validity (stated)', () => {
  const certificate = {
    scheme: 'iso-27001',
    reportDate: '2024-03-01',
    validFrom: '2024-03-01',
    validUntil: '2027-02-28',
  };

  it('is valid from its stated start through its stated end', () => {
    expect(statusOn(certificate, stated, '2024-02-29')).toBe('notYetValid');
    expect(statusOn(certificate, stated, '2024-03-01')).toBe('valid');
    expect(statusOn(certificate, stated, '2027-02-28')).toBe('valid');
    expect(statusOn(certificate, stated, '2027-03-01')).toBe('expired');
  });

  it('falls back to the report date as its start', () => {
    const { validFrom: _from, ...noStart } = certificate;
    expect(judgeAttestationValidity(noStart, stated, '2025-01-01')).toMatchObject({
      status: 'valid',
      validFrom: '2024-03-01',
    });
  });

  it('takes the scheme term where none is stated, and is undetermined where there is none', () => {
    const label = {
      scheme: 'tisax',
      auditPeriod: { from: '2024-02-26', to: '2024-02-29' },
      reportDate: '2024-04-15',
    };
    expect(judgeAttestationValidity(label, statedWithTerm, '2027-02-28')).toMatchObject({
      status: 'valid',
      validFrom: '2024-04-15',
      validUntil: '2027-02-28',
    });
    expect(statusOn(label, statedWithTerm, '2027-03-01')).toBe('expired');
    expect(statusOn(label, stated, '2025-01-01')).toBe('undetermined');
    expect(statusOn({ scheme: 'iso-27001', validUntil: '2027-01-01' }, stated, '2025-01-01')).toBe(
      'undetermined',
    );
  });
});

describe('no rule (undefined)', () => {
  it('is undetermined whatever the dates, and so is a scheme the catalogue does not know', () => {
    const eucs = {
      scheme: 'eucs',
      reportDate: '2026-01-01',
      validFrom: '2026-01-01',
      validUntil: '2029-01-01',
    };
    expect(judgeAttestationValidity(eucs, undefinedRule, '2026-06-01')).toMatchObject({
      status: 'undetermined',
      rule: 'undefined',
      validFrom: null,
      validUntil: null,
    });
    expect(judgeAttestationValidity(eucs, null, '2026-06-01').status).toBe('undetermined');
  });

  it('refuses a judgement date that is not a calendar date', () => {
    expect(() => judgeAttestationValidity(c5, periodEnd, '2026-13-01')).toThrow(RangeError);
  });
});

describe('expiry warnings', () => {
  const items = [
    { id: 'c5', attestation: c5, rule: periodEnd },
    {
      id: 'iso',
      attestation: { scheme: 'iso-27001', validFrom: '2024-01-01', validUntil: '2026-12-01' },
      rule: stated,
    },
    {
      id: 'old',
      attestation: {
        ...c5,
        auditPeriod: { from: '2024-01-01', to: '2024-12-31' },
        reportDate: '2025-02-01',
      },
      rule: periodEnd,
    },
    {
      id: 'later',
      attestation: { scheme: 'iso-27017', validFrom: '2025-01-01', validUntil: '2028-01-01' },
      rule: stated,
    },
    { id: 'eucs', attestation: { scheme: 'eucs' }, rule: undefinedRule },
  ];

  it('lists what expires within the window (its last day included) or has expired, soonest first', () => {
    const warnings = expiryWarnings(items, '2026-11-01', 60);
    expect(
      warnings.map((warning) => [
        warning.item.id,
        warning.status,
        warning.validUntil,
        warning.daysLeft,
      ]),
    ).toEqual([
      ['old', 'expired', '2025-12-31', -305],
      ['iso', 'expiring', '2026-12-01', 30],
      ['c5', 'expiring', '2026-12-31', 60],
    ]);
  });

  it('depends on the day the caller names', () => {
    expect(expiryWarnings(items, '2026-11-01', 59).map((warning) => warning.item.id)).toEqual([
      'old',
      'iso',
    ]);
    expect(expiryWarnings(items, '2025-06-01', 30)).toEqual([]);
  });

  it('refuses a negative window', () => {
    expect(() => expiryWarnings(items, '2026-11-01', -1)).toThrow(RangeError);
  });
});

describe('evidence for the engine', () => {
  it('carries the window, so the engine judges it on its own reference date', () => {
    const draft = toEngineEvidence(c5, periodEnd, '2027-01-15', true);
    expect(draft.judgement.status).toBe('expired');
    expect(Evidence.parse(draft.evidence)).toEqual({
      scheme: 'bsi-c5',
      type: 'type2',
      coversOfferedService: true,
      validFrom: '2026-02-15',
      validUntil: '2026-12-31',
    });
  });

  it('gives no evidence for an undetermined validity, rather than dates that could make it count', () => {
    const draft = toEngineEvidence({ scheme: 'eucs' }, undefinedRule, '2026-06-01', true);
    expect(draft.evidence).toBeNull();
    expect(draft.judgement.status).toBe('undetermined');
    const { auditPeriod: _period, ...noPeriod } = c5;
    expect(toEngineEvidence(noPeriod, periodEnd, '2026-06-01', true).evidence).toBeNull();
  });

  it('gives no evidence for a report that was never current', () => {
    const late = { ...c5, reportDate: '2027-02-01' };
    const draft = toEngineEvidence(late, periodEnd, '2027-03-01', true);
    expect(draft.evidence).toBeNull();
    expect(draft.judgement.status).toBe('expired');
  });

  it('leaves out the type when the scheme has none', () => {
    const draft = toEngineEvidence(
      { scheme: 'iso-27001', validFrom: '2025-01-01', validUntil: '2027-12-31' },
      stated,
      '2026-01-01',
      false,
    );
    expect(draft.evidence).toEqual({
      scheme: 'iso-27001',
      coversOfferedService: false,
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    });
  });
});

describe('the catalogue rules', () => {
  let entries: CatalogueEntry[];
  beforeAll(async () => {
    const bundle = await readSeed();
    entries = bundle.catalogues.flatMap((file) => file.entries);
  });

  it('gives each scheme and type its rule, and none for a missing or unknown type', () => {
    expect(validityRuleFor(entries, 'bsi-c5', 'type2')).toMatchObject({
      entryId: 'assurance.c5-type-2',
      rule: { kind: 'periodEnd', months: 12, basis: 'practice' },
    });
    expect(validityRuleFor(entries, 'bsi-c5', 'type1')?.rule).toMatchObject({
      kind: 'referenceDate',
      countsFrom: 'auditPeriodEnd',
    });
    expect(validityRuleFor(entries, 'iso-27001')?.rule.kind).toBe('stated');
    expect(validityRuleFor(entries, 'tisax')?.rule).toMatchObject({
      kind: 'stated',
      defaultTerm: { months: 36 },
    });
    expect(validityRuleFor(entries, 'eucs')?.rule.kind).toBe('undefined');
    expect(validityRuleFor(entries, 'bsi-c5')).toBeNull();
    expect(validityRuleFor(entries, 'unknown-scheme')).toBeNull();
  });

  it('has one rule per scheme and type', () => {
    const keys = entries
      .filter((entry) => entry.kind === 'attestation')
      .map((entry) => `${entry.attestation.scheme}/${entry.attestation.type ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('judges a registry entry by its catalogue rule', () => {
    const rule = validityRuleFor(entries, c5.scheme, c5.type)?.rule ?? null;
    expect(statusOn(c5, rule, '2026-12-31')).toBe('valid');
    expect(statusOn(c5, rule, '2027-01-01')).toBe('expired');
  });
});
