import { readSeed } from '@tenderwise/seed';
import type { LegalExposureRule } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeContent, germanVendor } from '../../../test/fixtures/self-assessments.ts';
import { assessLegalExposure } from '../catalogue/legal-exposure.ts';
import type { LoadedRule } from '../catalogue/recommend.ts';
import { legalExposureInputOf } from './legal-exposure-input.ts';

let rules: LoadedRule<LegalExposureRule>[];
beforeAll(async () => {
  rules = (await readSeed()).rules
    .filter((file) => file.kind === 'legalExposure')
    .flatMap((file) =>
      file.rules.map((rule) => ({
        rule: rule as LegalExposureRule,
        file: { id: file.id, version: file.version },
      })),
    );
});

describe('the legal-exposure input of a published version', () => {
  const usGroup = germanVendor({
    legalName: 'Wolke Deutschland GmbH (fiktiv)',
    ownerChain: [
      { name: 'Wolke Europe B.V. (fiktiv)', country: 'NL', sharePercent: 100, controls: true },
      { name: 'Cloud Inc. (fiktiv)', country: 'US', sharePercent: 100, controls: true },
      { name: 'Minority Fund (fiktiv)', country: 'KY', sharePercent: 5, controls: false },
    ],
  });
  const content = completeContent({
    locations: { data: ['DE'], processing: ['IE'], support: ['DE', 'US'], administration: ['DE'] },
  });

  it('takes the provider, controlling owners, locations and answers from version and profile', () => {
    expect(legalExposureInputOf(content, usGroup)).toEqual({
      providerCountry: 'DE',
      controllingCompanyCountries: ['NL', 'US'],
      usJurisdiction: 'no',
      dataLocations: ['DE', 'IE'],
      operationsLocations: ['DE', 'US'],
      customerKeyControl: 'externalKeyManagement',
      disconnectTested: true,
      russiaLinks: content.legalExposure!.russiaLinks,
    });
  });

  it('finds a German subsidiary of a US group within reach of the CLOUD Act', () => {
    const input = legalExposureInputOf(content, usGroup)!;
    const cloudAct = assessLegalExposure(input, rules).answers.find(
      (answer) => answer.ruleId === 'exposure.us-cloud-act',
    );
    expect(cloudAct?.finding).toBe('exposed');
    const european = assessLegalExposure(legalExposureInputOf(content, germanVendor())!, rules);
    expect(
      european.answers.find((answer) => answer.ruleId === 'exposure.us-cloud-act')?.finding,
    ).not.toBe('exposed');
  });

  it('is null for content that lacks the answers the assessment needs', () => {
    expect(legalExposureInputOf(completeContent({ locations: undefined }), germanVendor())).toBe(
      null,
    );
  });
});
