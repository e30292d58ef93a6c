import { readSeed } from '@tenderwise/seed';
import type { CatalogueEntry, EvaluationScheme, LegalType } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { c5Type2, completeContent } from '../../../test/fixtures/self-assessments.ts';
import { validityRuleFor } from '../attestations/validity.ts';
import { offerIssues } from '../options-reviews/offer-issues.ts';
import { schemeFromEntries } from '../options-reviews/scheme-start.ts';
import { prefillOffer, type PrefillContext } from './prefill-offer.ts';

let entries: CatalogueEntry[];
let scheme: EvaluationScheme;
let context: PrefillContext;

const chosen: [string, LegalType][] = [
  ['assurance.c5-type-2', 'award'],
  ['c3a.sov-3-01-c1', 'minimum'],
  ['law.condition-customer-key-control', 'minimum'],
  ['law.condition-eu-operations', 'condition'],
  ['csf.sov-3', 'award'],
  ['assurance.iso-27018', 'award'],
];

beforeAll(async () => {
  entries = (await readSeed()).catalogues.flatMap((file) => file.entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const built = schemeFromEntries(
    { title: 'Prefill', referenceDate: '2027-01-15' },
    chosen.map(([entryId, legalType]) => ({ entry: byId.get(entryId), entryId, legalType })),
  );
  if (!('scheme' in built)) throw new Error(JSON.stringify(built.issues));
  scheme = built.scheme;
  context = {
    scheme,
    referenceDate: '2027-01-15',
    entriesOfCriterion: new Map(chosen.map(([id]) => [id, [id]])),
    entries: byId,
    ruleFor: (schemeId, type) => validityRuleFor(entries, schemeId, type)?.rule ?? null,
  };
});

const source = (content = completeContent()) => ({
  content,
  versionNumber: 2,
  publishedOn: '2026-07-01',
});

describe('an option pre-filled from a published version', () => {
  it('gives attestation leaves the matching attestations with dates by the scheme’s rule', () => {
    const offer = prefillOffer(source(), context);
    expect(offer.assessments).toEqual({
      'assurance.c5-type-2': {
        kind: 'attestation',
        evidence: [
          {
            scheme: 'bsi-c5',
            type: 'type2',
            coversOfferedService: true,
            validFrom: '2026-06-30',
            validUntil: '2027-06-30',
          },
        ],
      },
    });
  });

  it('leaves out attestations of another type and those whose validity is undetermined', () => {
    const content = completeContent({
      attestations: [
        c5Type2('2026-06-30', { id: 'type1', type: 'type1' }),
        c5Type2('2026-06-30', { id: 'no-date', reportDate: undefined }),
      ],
    });
    expect(prefillOffer(source(content), context).assessments).toEqual({});
  });

  it('answers criteria from catalogue entries the version answers, citing the version', () => {
    const { answers } = prefillOffer(source(), context);
    expect(Object.keys(answers).sort()).toEqual([
      'assurance.c5-type-2',
      'c3a.sov-3-01-c1',
      'csf.sov-3',
      'law.condition-customer-key-control',
      'law.condition-eu-operations',
    ]);
    expect(answers['c3a.sov-3-01-c1']).toBe(
      'C3A SOV-3-01-C1: erfüllt. Umsetzung: Schlüssel im HSM des Kunden.\n' +
        '(Selbstauskunft v2 vom 01.07.2026)',
    );
    expect(answers['csf.sov-3']).toContain('SOV-3: SEAL-3. Begründung: Betrieb ausschließlich');
    expect(answers['law.condition-customer-key-control']).toContain(
      'Schlüsselverwaltung: beim Kunden (externes Schlüsselmanagement). HSM beim Kunden.',
    );
    expect(answers['law.condition-eu-operations']).toContain(
      'Standorte – Daten: DE; Verarbeitung: DE; Support: DE; Administration: DE.',
    );
    expect(answers['assurance.c5-type-2']).toContain('Prüfzeitraum 30.06.2025–30.06.2026');
  });

  it('fits the review’s scheme as an option’s offer must', () => {
    expect(offerIssues(scheme, prefillOffer(source(), context))).toEqual([]);
  });

  it('fills nothing for criteria without known catalogue entries', () => {
    const offer = prefillOffer(source(), { ...context, entriesOfCriterion: new Map() });
    expect(offer.answers).toEqual({});
    expect(Object.keys(offer.assessments)).toEqual(['assurance.c5-type-2']);
  });
});
