import { EvaluationScheme, OptionOffer } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { offerIssues } from './offer-issues.ts';

const scheme = EvaluationScheme.parse({
  schemaVersion: 1,
  id: 'review',
  title: { de: 'Vergleich', en: 'Comparison' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'lifeCycleCost', termYears: 3 },
  minimumRequirements: [{ id: 'eu-only', legalType: 'minimum', title: { de: 'EU', en: 'EU' } }],
  award: [
    { kind: 'group', id: 'quality', parentId: null, title: { de: 'Q', en: 'Q' }, weightBp: 7000 },
    {
      kind: 'metric',
      id: 'availability',
      parentId: 'quality',
      title: { de: 'V', en: 'A' },
      weightBp: 5000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'attestation',
      id: 'c5',
      parentId: 'quality',
      title: { de: 'C5', en: 'C5' },
      weightBp: 5000,
      subject: 'service',
      rules: [{ scheme: 'bsi-c5', points: 100 }],
    },
    { kind: 'price', id: 'price', parentId: null, title: { de: 'P', en: 'P' }, weightBp: 3000 },
  ],
});

const offer = (input: unknown) => OptionOffer.parse(input);
const costs = (recurringPerYear: number | number[]) => ({
  kind: 'lifeCycleCost',
  costs: { oneOff: 1, migrationIn: 2, recurringPerYear, egressPerYear: 0, exit: 3 },
});

describe('an option’s offer against the review’s scheme', () => {
  it('accepts partial data of the right kinds', () => {
    expect(
      offerIssues(
        scheme,
        offer({
          answers: { 'eu-only': 'Rechenzentren in Frankfurt und Berlin', c5: 'Typ 2 liegt vor' },
          assessments: { availability: { kind: 'metric', value: 99.95 } },
          price: costs([1, 2, 3]),
        }),
      ),
    ).toEqual([]);
    expect(offerIssues(scheme, offer({}))).toEqual([]);
  });

  it('names criteria the scheme lacks, kinds that differ, and evidence that ends before it starts', () => {
    const issues = offerIssues(
      scheme,
      offer({
        answers: { quality: 'a group is not answered', ghost: 'x' },
        assessments: {
          price: { kind: 'metric', value: 1 },
          availability: { kind: 'attestation', evidence: [] },
          c5: {
            kind: 'attestation',
            evidence: [
              {
                scheme: 'bsi-c5',
                coversOfferedService: true,
                validFrom: '2026-06-01',
                validUntil: '2026-01-01',
              },
            ],
          },
        },
      }),
    );
    expect(issues.map((issue) => issue.pointer)).toEqual([
      '/offer/answers/quality',
      '/offer/answers/ghost',
      '/offer/assessments/price',
      '/offer/assessments/availability/kind',
      '/offer/assessments/c5/evidence/0/validUntil',
    ]);
  });

  it('checks the price against the scheme’s basis and term', () => {
    expect(offerIssues(scheme, offer({ price: { kind: 'totalPrice', amount: 5 } }))).toEqual([
      expect.objectContaining({ pointer: '/offer/price/kind' }),
    ]);
    expect(offerIssues(scheme, offer({ price: costs([1, 2]) }))).toEqual([
      expect.objectContaining({ pointer: '/offer/price/costs/recurringPerYear' }),
    ]);
    expect(offerIssues(scheme, offer({ price: costs(7) }))).toEqual([]);
  });

  it('takes no data before the review has a scheme, but a name alone', () => {
    expect(offerIssues(undefined, offer({}))).toEqual([]);
    expect(offerIssues(undefined, offer({ answers: { x: 'y' } }))).toEqual([
      expect.objectContaining({ pointer: '/offer' }),
    ]);
  });
});
