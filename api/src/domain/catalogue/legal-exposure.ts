import type {
  ExposureFinding,
  LegalExposureResponse,
  LegalExposureRule,
  LocalizedText,
  OfferFacts,
  OfferSelfAssessment,
} from '@tenderwise/schema';
import { explain, holds } from './conditions.ts';
import { offerFactLabels } from './fact-labels.ts';
import { uniqueFiles, type LoadedRule } from './recommend.ts';

/** The EU member states and the other EEA states (Iceland, Liechtenstein, Norway). */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'IS',
  'LI',
  'NO',
]);

const outsideEea = (countries: readonly string[]) =>
  countries.some((code) => !eeaCountries.has(code));

/** SecNumCloud 3.2, § 19.6: at most 24 % held by one, 39 % by all companies seated outside the EU. */
const secNumCloudLimits = { single: 24, total: 39 };

/**
 * The facts the legal-exposure rules test, derived once from the declarations. A provider
 * incorporated in the US, or controlled by a US company, is subject to US jurisdiction whatever it
 * declared; EU/EEA membership is decided here and nowhere else.
 */
export function deriveOfferFacts(offer: OfferSelfAssessment): OfferFacts {
  const usNexus =
    offer.providerCountry === 'US' || offer.controllingCompanyCountries.includes('US');
  const links = offer.russiaLinks;
  const holdings = offer.nonEuShareholding;
  return {
    usJurisdiction: usNexus ? 'yes' : offer.usJurisdiction,
    providerOutsideEea: outsideEea([offer.providerCountry]),
    nonEeaControl: outsideEea(offer.controllingCompanyCountries),
    dataOutsideEea: outsideEea(offer.dataLocations),
    operationsOutsideEea: outsideEea(offer.operationsLocations),
    customerKeyControl: offer.customerKeyControl,
    disconnectTested: offer.disconnectTested,
    russiaLinked:
      links.establishedInRussia ||
      links.russianOwnershipOver50Percent ||
      links.actingForRussianEntity ||
      links.russianSubcontractorsOver10Percent,
    nonEuShareholdingAboveSecNumCloudLimits:
      holdings !== undefined &&
      (holdings.largestSinglePercent > secNumCloudLimits.single ||
        holdings.totalPercent > secNumCloudLimits.total),
  };
}

/**
 * Answers every legal-exposure question for an offer: the first case whose condition holds, or
 * the rule's `otherwise`. Each answer prints its reasoning and the trace of the facts it tested
 * (every case it tried, up to the one that answered). Rules without `otherwise` whose cases all
 * fail are listed as not applicable. Pure.
 */
export function assessLegalExposure(
  offer: OfferSelfAssessment,
  rules: readonly LoadedRule<LegalExposureRule>[],
): LegalExposureResponse {
  const facts = deriveOfferFacts(offer);
  const answers: LegalExposureResponse['answers'] = [];
  const notApplicable: string[] = [];
  for (const { rule, file } of rules) {
    const trace: LegalExposureResponse['answers'][number]['trace'] = [];
    let outcome: { finding: ExposureFinding; reasoning: LocalizedText } | undefined;
    for (const item of rule.cases) {
      trace.push(...explain(item.when, facts, offerFactLabels));
      if (holds(item.when, facts)) {
        outcome = item;
        break;
      }
    }
    outcome ??= rule.otherwise;
    if (!outcome) {
      notApplicable.push(rule.id);
      continue;
    }
    answers.push({
      ruleId: rule.id,
      ruleFile: file,
      question: rule.question,
      finding: outcome.finding,
      reasoning: outcome.reasoning,
      trace,
      sources: rule.sources,
      verified: rule.verified,
      relatedEntryIds: rule.relatedEntryIds,
    });
  }
  return { facts, answers, notApplicable, ruleFiles: uniqueFiles(rules) };
}
