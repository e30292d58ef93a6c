import { describe, expect, it } from 'vitest';
import {
  evidenceRows,
  fieldName,
  offerFieldValues,
  readOptionForm,
  type FieldValues,
} from '../src/lib/options-reviews/offer-form.ts';
import type { AwardNode, EvaluationScheme } from '../src/lib/options-reviews/scheme-tree.ts';

const title = (text: string) => ({ de: text, en: text });

const attestation: Extract<AwardNode, { kind: 'attestation' }> = {
  kind: 'attestation',
  id: 'c5',
  parentId: null,
  title: title('C5'),
  weightBp: 2000,
  subject: 'service',
  rules: [
    { scheme: 'bsi-c5', type: 'type2', points: 100 },
    { scheme: 'iso-27001', points: 50 },
  ],
};

function scheme(price: EvaluationScheme['price']): EvaluationScheme {
  return {
    schemaVersion: 1,
    id: 'review',
    title: title('Review'),
    currency: 'EUR',
    submissionDeadline: '2027-01-15',
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price,
    abnormallyLowThresholdPercent: 20,
    divergenceThreshold: 2,
    suitability: [],
    minimumRequirements: [{ id: 'eu-data', legalType: 'minimum', title: title('EU data') }],
    conditions: [],
    award: [
      {
        kind: 'ordinal',
        id: 'concept',
        parentId: null,
        title: title('Concept'),
        weightBp: 4000,
        subject: 'service',
        scale: 5,
        anchors: [],
      },
      {
        kind: 'metric',
        id: 'availability',
        parentId: null,
        title: title('Availability'),
        weightBp: 2000,
        subject: 'service',
        unit: '%',
        utility: { kind: 'linear', worst: 99, best: 99.99 },
      },
      attestation,
      { kind: 'price', id: 'price', parentId: null, title: title('Price'), weightBp: 2000 },
    ],
  };
}

const lifeCycle = scheme({ kind: 'lifeCycleCost', termYears: 3 });

describe('readOptionForm', () => {
  it('reads answers, measured values, attestations and a total price in German', () => {
    const values: FieldValues = {
      name: ' Souveräne Cloud ',
      vendorName: '',
      serviceName: 'IaaS',
      [fieldName.answer('concept')]: 'Betrieb im eigenen Rechenzentrum.',
      [fieldName.answer('eu-data')]: 'Nur Rechenzentren in Frankfurt.',
      [fieldName.metric('availability')]: '99,95',
      [fieldName.evidence('c5', 0, 'scheme')]: 'bsi-c5',
      [fieldName.evidence('c5', 0, 'type')]: 'type2',
      [fieldName.evidence('c5', 0, 'covers')]: 'on',
      [fieldName.evidence('c5', 0, 'validFrom')]: '2026-01-01',
      [fieldName.evidence('c5', 0, 'validUntil')]: '2027-12-31',
      // A rule row left empty contributes no evidence.
      [fieldName.evidence('c5', 1, 'scheme')]: 'iso-27001',
      [fieldName.evidence('c5', 1, 'type')]: '',
      [fieldName.price('amount')]: '1.200.000,50',
    };
    const reading = readOptionForm(scheme({ kind: 'totalPrice' }), values, 'de');
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.option).toEqual({
      name: 'Souveräne Cloud',
      serviceName: 'IaaS',
      offer: {
        answers: {
          concept: 'Betrieb im eigenen Rechenzentrum.',
          'eu-data': 'Nur Rechenzentren in Frankfurt.',
        },
        assessments: {
          availability: { kind: 'metric', value: 99.95 },
          c5: {
            kind: 'attestation',
            evidence: [
              {
                scheme: 'bsi-c5',
                type: 'type2',
                coversOfferedService: true,
                validFrom: '2026-01-01',
                validUntil: '2027-12-31',
              },
            ],
          },
        },
        price: { kind: 'totalPrice', amount: 1200000.5 },
      },
    });
    // The API's pointers lead back to the fields they concern.
    expect(reading.fieldOfPointer['/offer/answers/concept']).toBe(fieldName.answer('concept'));
    expect(reading.fieldOfPointer['/offer/assessments/availability/value']).toBe(
      fieldName.metric('availability'),
    );
    expect(reading.fieldOfPointer['/offer/assessments/c5/evidence/0/validUntil']).toBe(
      fieldName.evidence('c5', 0, 'validUntil'),
    );
    expect(reading.fieldOfPointer['/offer/price/amount']).toBe(fieldName.price('amount'));
  });

  it('leaves out what is empty, so an option is filled in step by step', () => {
    const reading = readOptionForm(lifeCycle, { name: 'Bare' }, 'en');
    expect(reading).toMatchObject({
      ok: true,
      option: { name: 'Bare', offer: { answers: {}, assessments: {} } },
    });
    if (reading.ok) expect(reading.option.offer.price).toBeUndefined();
  });

  it('takes life-cycle costs complete, with one recurring value per year if given so', () => {
    const values: FieldValues = {
      name: 'Option',
      [fieldName.price('oneOff')]: '250,000',
      [fieldName.price('migrationIn')]: '0',
      [fieldName.price('recurringPerYear')]: '100,000; 110,000; 120,500.5',
      [fieldName.price('egressPerYear')]: '0',
      [fieldName.price('exit')]: '5000',
    };
    const reading = readOptionForm(lifeCycle, values, 'en');
    expect(reading.ok && reading.option.offer.price).toEqual({
      kind: 'lifeCycleCost',
      costs: {
        oneOff: 250000,
        migrationIn: 0,
        recurringPerYear: [100000, 110000, 120500.5],
        egressPerYear: 0,
        exit: 5000,
      },
    });
  });

  it('names every field it cannot read, and nothing else', () => {
    const values: FieldValues = {
      name: '',
      [fieldName.metric('availability')]: 'sehr hoch',
      [fieldName.evidence('c5', 0, 'scheme')]: 'bsi-c5',
      [fieldName.evidence('c5', 0, 'validFrom')]: '2027-01-01',
      [fieldName.evidence('c5', 1, 'scheme')]: 'iso-27001',
      [fieldName.evidence('c5', 1, 'validFrom')]: '2027-01-01',
      [fieldName.evidence('c5', 1, 'validUntil')]: '2026-01-01',
      [fieldName.price('oneOff')]: '100',
    };
    const reading = readOptionForm(lifeCycle, values, 'de');
    expect(reading).toEqual({
      ok: false,
      errors: {
        name: ['form_field_required'],
        [fieldName.metric('availability')]: ['review_number_invalid'],
        [fieldName.evidence('c5', 0, 'validUntil')]: ['review_evidence_dates_required'],
        [fieldName.evidence('c5', 1, 'validUntil')]: ['review_evidence_expires_before_valid'],
        [fieldName.price('migrationIn')]: ['review_price_part_required'],
        [fieldName.price('recurringPerYear')]: ['review_price_part_required'],
        [fieldName.price('egressPerYear')]: ['review_price_part_required'],
        [fieldName.price('exit')]: ['review_price_part_required'],
      },
    });
  });
});

describe('offerFieldValues', () => {
  it('fills the form from a stored option, so saving it unchanged stores the same offer', () => {
    const offer = {
      answers: { concept: 'Antwort' },
      assessments: {
        availability: { kind: 'metric' as const, value: 99.9 },
        c5: {
          kind: 'attestation' as const,
          evidence: [
            {
              scheme: 'bsi-c5',
              type: 'type2',
              coversOfferedService: false,
              validFrom: '2026-01-01',
              validUntil: '2026-12-31',
            },
          ],
        },
      },
      price: {
        kind: 'lifeCycleCost' as const,
        costs: {
          oneOff: 1.5,
          migrationIn: 0,
          recurringPerYear: [1, 2, 3],
          egressPerYear: 0,
          exit: 7,
        },
      },
    };
    const option = { name: 'Stored', vendorName: 'Vendor', serviceName: null, offer };
    for (const locale of ['de', 'en'] as const) {
      const values = offerFieldValues(lifeCycle, option, locale);
      expect(values[fieldName.metric('availability')]).toBe(locale === 'de' ? '99,9' : '99.9');
      const reading = readOptionForm(lifeCycle, values, locale);
      expect(reading.ok && reading.option).toEqual({
        name: 'Stored',
        vendorName: 'Vendor',
        offer,
      });
    }
  });

  it('offers a row for every attestation rule, after the evidence stored', () => {
    const rows = evidenceRows(attestation, [
      { scheme: 'iso-27001' },
      { scheme: 'other', type: 'x' },
    ]);
    expect(rows.map((row) => [row.scheme, row.type])).toEqual([
      ['iso-27001', null],
      ['other', 'x'],
      ['bsi-c5', 'type2'],
    ]);
    expect(rows[2]?.names.validFrom).toBe('evidence:c5:2:validFrom');
  });
});
