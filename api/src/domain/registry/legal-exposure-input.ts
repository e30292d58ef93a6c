import type { OfferSelfAssessment, SelfAssessmentContent, VendorProfile } from '@tenderwise/schema';

/**
 * The legal-exposure assessment's input derived from a published version and the vendor profile
 * published with it: the provider is where the vendor's registered office is; every company of
 * the owner chain that controls the vendor counts as controlling (CLOUD Act, 18 U.S.C. § 2713,
 * reaches a provider through its parent's "possession, custody, or control"); data locations are
 * where data is stored and processed, operations locations where support and administration act.
 * Null when the version lacks what the assessment needs (a draft may; a published version
 * cannot, as publishing requires locations, key management and the legal-exposure answers). Pure.
 */
export function legalExposureInputOf(
  content: SelfAssessmentContent,
  vendor: VendorProfile,
): OfferSelfAssessment | null {
  const { locations, keyManagement, legalExposure } = content;
  if (locations === undefined || keyManagement === undefined || legalExposure === undefined) {
    return null;
  }
  const unique = (countries: readonly string[]) => [...new Set(countries)];
  return {
    providerCountry: vendor.registeredOffice.country,
    controllingCompanyCountries: unique(
      vendor.ownerChain.filter((link) => link.controls).map((link) => link.country),
    ),
    usJurisdiction: legalExposure.usJurisdiction,
    dataLocations: unique([...locations.data, ...locations.processing]),
    operationsLocations: unique([...locations.support, ...locations.administration]),
    customerKeyControl: keyManagement.control,
    disconnectTested: legalExposure.disconnectTested,
    russiaLinks: legalExposure.russiaLinks,
    ...(legalExposure.nonEuShareholding !== undefined && {
      nonEuShareholding: legalExposure.nonEuShareholding,
    }),
  };
}
