import { OfferSelfAssessment, type LegalExposureRule } from '@tenderwise/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  assessLegalExposure,
  deriveOfferFacts,
} from '../../../src/domain/catalogue/legal-exposure.ts';
import type { LoadedRule } from '../../../src/domain/catalogue/recommend.ts';
import { seedRules } from './seed-rules.ts';

let rules: LoadedRule<LegalExposureRule>[];
beforeAll(async () => {
  ({ legalExposure: rules } = await seedRules());
});

const europeanOffer: z.input<typeof OfferSelfAssessment> = {
  providerCountry: 'DE',
  controllingCompanyCountries: ['FR'],
  usJurisdiction: 'no',
  dataLocations: ['DE', 'AT'],
  operationsLocations: ['DE'],
  customerKeyControl: 'externalKeyManagement',
  disconnectTested: true,
  russiaLinks: {
    establishedInRussia: false,
    russianOwnershipOver50Percent: false,
    actingForRussianEntity: false,
    russianSubcontractorsOver10Percent: false,
  },
};

const offer = (overrides: Partial<z.input<typeof OfferSelfAssessment>>) =>
  OfferSelfAssessment.parse({ ...europeanOffer, ...overrides });
const findings = (input: ReturnType<typeof offer>) =>
  Object.fromEntries(
    assessLegalExposure(input, rules).answers.map((answer) => [answer.ruleId, answer.finding]),
  );
const answer = (input: ReturnType<typeof offer>, ruleId: string) =>
  assessLegalExposure(input, rules).answers.find((item) => item.ruleId === ruleId)!;

describe('the legal-exposure rules', () => {
  it('find nothing for a European offer with tested disconnect, and skip the questions that do not apply', () => {
    const result = assessLegalExposure(offer({}), rules);
    expect(result.answers.map((item) => item.finding)).toEqual(
      result.answers.map(() => 'notExposed'),
    );
    expect(result.notApplicable).toEqual(['exposure.secnumcloud-ownership-limits']);
    expect(result.facts).toMatchObject({
      usJurisdiction: 'no',
      nonEeaControl: false,
      dataOutsideEea: false,
    });
  });

  it('find the EU subsidiary of a US group reachable by the CLOUD Act and FISA 702, and print why', () => {
    const result = offer({ controllingCompanyCountries: ['US'], usJurisdiction: 'no' });
    // Control by a US company means US jurisdiction, whatever was declared.
    expect(deriveOfferFacts(result).usJurisdiction).toBe('yes');
    expect(findings(result)).toMatchObject({
      'exposure.us-cloud-act': 'exposed',
      'exposure.fisa-702': 'exposed',
      'exposure.non-eea-control': 'exposed',
    });
    const cloudAct = answer(result, 'exposure.us-cloud-act');
    expect(cloudAct.reasoning.en).toContain('18 U.S.C. § 2713');
    expect(cloudAct.reasoning.en).toContain('A data centre in the EU does not change that');
    expect(cloudAct.trace.map((line) => line.en)).toEqual([
      'Subject to US jurisdiction (provider or controlling company): yes (required: yes) – met',
      "Key control: customer's external key management (required: client-side encryption) – not met",
      'Subject to US jurisdiction (provider or controlling company): yes (required: yes) – met',
    ]);
    expect(cloudAct.trace[0]!.de).toBe(
      'US-Recht unterworfen (Anbieter oder beherrschendes Unternehmen): ja (verlangt: ja) – erfüllt',
    );
    expect(cloudAct.relatedEntryIds).toContain('law.condition-customer-key-control');
  });

  it('count client-side encryption as mitigating the US laws, not removing them', () => {
    const result = offer({ providerCountry: 'US', customerKeyControl: 'clientSideEncryption' });
    expect(findings(result)).toMatchObject({
      'exposure.us-cloud-act': 'mitigated',
      'exposure.fisa-702': 'mitigated',
    });
    expect(answer(result, 'exposure.us-cloud-act').reasoning.en).toContain(
      'metadata and account data remain reachable',
    );
  });

  it('leave US jurisdiction undetermined when the vendor did not say', () => {
    expect(findings(offer({ usJurisdiction: 'unknown' }))).toMatchObject({
      'exposure.us-cloud-act': 'undetermined',
      'exposure.fisa-702': 'undetermined',
    });
  });

  it('flag processing outside the EEA, and administration from outside it', () => {
    expect(
      answer(offer({ dataLocations: ['DE', 'US'] }), 'exposure.third-country-processing').reasoning
        .en,
    ).toContain('Chapter V GDPR');
    const remote = answer(
      offer({ operationsLocations: ['DE', 'IN'] }),
      'exposure.third-country-processing',
    );
    expect(remote.finding).toBe('exposed');
    expect(remote.reasoning.en).toContain('remote access');
    // Norway is in the EEA.
    expect(findings(offer({ dataLocations: ['NO'] }))['exposure.third-country-processing']).toBe(
      'notExposed',
    );
  });

  it('exclude an offer caught by Art. 5k, by any of its prongs', () => {
    for (const prong of [
      'establishedInRussia',
      'russianOwnershipOver50Percent',
      'actingForRussianEntity',
      'russianSubcontractorsOver10Percent',
    ] as const) {
      const links = { ...europeanOffer.russiaLinks, [prong]: true };
      expect(findings(offer({ russiaLinks: links }))['exposure.sanctions-art-5k'], prong).toBe(
        'excluded',
      );
    }
  });

  it('flag an untested disconnect', () => {
    const result = answer(offer({ disconnectTested: false }), 'exposure.disconnect-readiness');
    expect(result.finding).toBe('exposed');
    expect(result.reasoning.en).toContain('SOV-4-09-C');
  });

  it('speak about the SecNumCloud ownership limits only when they are exceeded', () => {
    const over = offer({ nonEuShareholding: { largestSinglePercent: 25, totalPercent: 30 } });
    expect(findings(over)['exposure.secnumcloud-ownership-limits']).toBe('exposed');
    const overTotal = offer({ nonEuShareholding: { largestSinglePercent: 20, totalPercent: 40 } });
    expect(findings(overTotal)['exposure.secnumcloud-ownership-limits']).toBe('exposed');
    const within = offer({ nonEuShareholding: { largestSinglePercent: 24, totalPercent: 39 } });
    expect(assessLegalExposure(within, rules).notApplicable).toContain(
      'exposure.secnumcloud-ownership-limits',
    );
  });

  it('give every rule at least one case above that finds something', () => {
    const offers = [
      offer({ controllingCompanyCountries: ['US'] }),
      offer({ dataLocations: ['US'], disconnectTested: false }),
      offer({ russiaLinks: { ...europeanOffer.russiaLinks, establishedInRussia: true } }),
      offer({ nonEuShareholding: { largestSinglePercent: 50, totalPercent: 50 } }),
    ];
    const speaking = new Set(
      offers.flatMap((item) =>
        assessLegalExposure(item, rules)
          .answers.filter((a) => a.finding !== 'notExposed')
          .map((a) => a.ruleId),
      ),
    );
    expect([...speaking].sort()).toEqual(rules.map(({ rule }) => rule.id).sort());
  });
});
