import { SelfAssessmentContent } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../src/lib/api/problem.ts';
import {
  contentOfValues,
  draftSections,
  valuesOfContent,
  type AttestationChoice,
} from '../src/lib/vendor/draft-form.ts';
import { errorsUnder, placeProblem, shownRows } from '../src/lib/vendor/pointer-form.ts';
import { profileOfValues, valuesOfProfile } from '../src/lib/vendor/profile-form.ts';

const choices: AttestationChoice[] = [
  { entryId: 'assurance.c5-type-2', scheme: 'bsi-c5', type: 'type2', title: 'C5 Typ 2' },
  { entryId: 'assurance.iso-27001', scheme: 'iso-27001', title: 'ISO 27001' },
];

const content = SelfAssessmentContent.parse({
  seal: { 'sov-1': { level: 3, justification: 'EU-Gesellschaft' } },
  c3a: { 'c3a.sov-1-01-c1': { met: true, how: 'Satzung' } },
  locations: { data: ['DE'], processing: ['DE', 'AT'], support: ['DE'], administration: ['DE'] },
  keyManagement: { control: 'externalKeyManagement' },
  subprocessors: [
    { name: 'Rechenzentrum Nord', country: 'DE', purpose: 'Hosting', sharePercent: 12.5 },
  ],
  openStandards: [{ name: 'S3 API' }],
  legalExposure: {
    usJurisdiction: 'no',
    disconnectTested: true,
    russiaLinks: {
      establishedInRussia: false,
      russianOwnershipOver50Percent: false,
      actingForRussianEntity: false,
      russianSubcontractorsOver10Percent: false,
    },
  },
  attestations: [
    {
      id: 'c5',
      scheme: 'bsi-c5',
      type: 'type2',
      entryId: 'assurance.c5-type-2',
      issuer: 'Prüfgesellschaft',
      scope: 'IaaS',
      coversService: true,
      auditPeriod: { from: '2026-01-01', to: '2026-06-30' },
      reportDate: '2026-08-01',
      evidence: { kind: 'link', url: 'https://register.example/c5' },
    },
  ],
});

describe('the draft editor form', () => {
  it('shows a draft and reads the same content back from its fields', () => {
    const values = valuesOfContent(content, choices);
    // What a browser sends: the blank rows the editor adds, with their preset checkbox.
    values['/attestations/1/coversService'] = 'true';
    values['/subprocessors/1/name'] = '';
    const read = contentOfValues(values, choices, () => 'new');
    expect(read.errors).toEqual({});
    expect(SelfAssessmentContent.parse(read.content)).toEqual(content);
    expect(read.rows['/attestations']).toEqual([0]);
  });

  it('names local problems by the field they concern and keeps what was typed', () => {
    const read = contentOfValues(
      {
        '/seal/sov-2/justification': 'Begründung ohne Stufe',
        '/subprocessors/0/name': 'X',
        '/subprocessors/0/sharePercent': 'zwölf',
        '/attestations/0/issuer': 'Prüfer',
      },
      choices,
      () => 'new',
    );
    expect(Object.keys(read.errors).sort()).toEqual([
      '/attestations/0/entryId',
      '/seal/sov-2/level',
      '/subprocessors/0/sharePercent',
    ]);
  });

  it('places the API errors next to the rows the form showed and missing parts at their section', () => {
    const problem: ApiProblem = {
      slug: 'validation-failed',
      status: 422,
      retryAfterSeconds: null,
      errors: [
        { pointer: '/content/attestations/0/issuer', detail: 'Too small' },
        { pointer: '/content/locations', detail: 'Required' },
        { pointer: '/version', detail: 'Expected number' },
      ],
    };
    const { errors, unplaced } = placeProblem(problem, {
      strip: '/content',
      rows: { '/attestations': [2] },
      sections: draftSections,
    });
    expect(errorsUnder(errors, '/attestations/2/issuer')).toEqual([{ key: 'form_field_invalid' }]);
    expect(errors['/locations']).toEqual([{ key: 'vendor_section_missing' }]);
    expect(errors['/version']).toBeDefined();
    expect(unplaced).toEqual([]);
  });

  it('offers one blank row after the rows shown', () => {
    expect(
      shownRows({ '/openStandards/0/name': 'a', '/openStandards/3/name': 'b' }, '/openStandards'),
    ).toEqual([0, 3, 4]);
    expect(shownRows({}, '/openStandards')).toEqual([0]);
  });
});

describe('the profile form', () => {
  it('reads the owner chain and contacts, leaving blank rows out', () => {
    const values = valuesOfProfile({
      legalName: 'Nordwolke GmbH',
      registeredOffice: { city: 'Hamburg', country: 'DE' },
      ownerChain: [{ name: 'Holding SE', country: 'LU', sharePercent: 100, controls: true }],
      contacts: [{ name: 'Jana', email: 'jana@nordwolke.example' }],
    });
    values['/ownerChain/1/name'] = '';
    values['/ownerChain/1/country'] = ' ';
    const read = profileOfValues(values);
    expect(read.errors).toEqual({});
    expect(read.profile.ownerChain).toEqual([
      { name: 'Holding SE', country: 'LU', sharePercent: 100, controls: true },
    ]);
    expect(read.profile.contacts).toEqual([{ name: 'Jana', email: 'jana@nordwolke.example' }]);
  });

  it('asks for the legal name, city and country before asking the API', () => {
    expect(Object.keys(profileOfValues({}).errors).sort()).toEqual([
      '/legalName',
      '/registeredOffice/city',
      '/registeredOffice/country',
    ]);
  });
});
