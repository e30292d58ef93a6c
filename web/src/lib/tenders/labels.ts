import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

// The glossary's names (GLOSSARY.md) for what a tender shows. The value lists mirror the API's
// enums (schema/src/tenders); a label missing for a value the API adds is a type error here.

export const tenderStates = [
  'draft',
  'published',
  'submissionClosed',
  'opened',
  'evaluated',
  'awarded',
  'cancelled',
] as const;
export type TenderState = (typeof tenderStates)[number];

export const stateLabels: Record<TenderState, () => string> = {
  draft: m.tenders_state_draft,
  published: m.tenders_state_published,
  submissionClosed: m.tenders_state_submission_closed,
  opened: m.tenders_state_opened,
  evaluated: m.tenders_state_evaluated,
  awarded: m.tenders_state_awarded,
  cancelled: m.tenders_state_cancelled,
};

export const regimes = ['VgV', 'SektVO', 'VSVgV', 'UVgO'] as const;
export type Regime = (typeof regimes)[number];

/** The regime with what it covers, for choices: "VgV – public contracts above the EU thresholds". */
export const regimeLabels: Record<Regime, () => string> = {
  VgV: m.tenders_regime_vgv,
  SektVO: m.tenders_regime_sektvo,
  VSVgV: m.tenders_regime_vsvgv,
  UVgO: m.tenders_regime_uvgo,
};

export const authorityKinds = [
  'otherPublicAuthority',
  'federalUpperAuthority',
  'sectorEntity',
  'defenceSecurity',
] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

export const authorityKindLabels: Record<AuthorityKind, () => string> = {
  otherPublicAuthority: m.tenders_authority_other,
  federalUpperAuthority: m.tenders_authority_federal_upper,
  sectorEntity: m.tenders_authority_sector,
  defenceSecurity: m.tenders_authority_defence,
};

export const contractKinds = [
  'suppliesServices',
  'works',
  'socialServices',
  'designContest',
] as const;
export type ContractKind = (typeof contractKinds)[number];

export const contractKindLabels: Record<ContractKind, () => string> = {
  suppliesServices: m.tenders_contract_supplies_services,
  works: m.tenders_contract_works,
  socialServices: m.tenders_contract_social_services,
  designContest: m.tenders_contract_design_contest,
};

/** ISO 3166-2 codes of the Länder, in the order of their German names. */
export const lands = [
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
] as const;
export type Land = (typeof lands)[number];

export const landLabels: Record<Land, () => string> = {
  'DE-BW': m.tenders_land_bw,
  'DE-BY': m.tenders_land_by,
  'DE-BE': m.tenders_land_be,
  'DE-BB': m.tenders_land_bb,
  'DE-HB': m.tenders_land_hb,
  'DE-HH': m.tenders_land_hh,
  'DE-HE': m.tenders_land_he,
  'DE-MV': m.tenders_land_mv,
  'DE-NI': m.tenders_land_ni,
  'DE-NW': m.tenders_land_nw,
  'DE-RP': m.tenders_land_rp,
  'DE-SL': m.tenders_land_sl,
  'DE-SN': m.tenders_land_sn,
  'DE-ST': m.tenders_land_st,
  'DE-SH': m.tenders_land_sh,
  'DE-TH': m.tenders_land_th,
};

export const periodReductions = [
  'electronicSubmission',
  'priorInformationNotice',
  'urgency',
] as const;
export type PeriodReduction = (typeof periodReductions)[number];

export const reductionLabels: Record<PeriodReduction, () => string> = {
  electronicSubmission: m.tenders_reduction_electronic,
  priorInformationNotice: m.tenders_reduction_prior_information,
  urgency: m.tenders_reduction_urgency,
};

export const stageIds = [
  'preparation',
  'approval',
  'publication',
  'participationPeriod',
  'candidateSelection',
  'invitation',
  'submissionPeriod',
  'dialogue',
  'opening',
  'formalCheck',
  'suitability',
  'negotiation',
  'finalOffers',
  'priceCheck',
  'awardEvaluation',
  'preAwardInformation',
  'award',
  'partnershipPhases',
  'documentation',
] as const;
export type StageId = (typeof stageIds)[number];

export const stageLabels: Record<StageId, () => string> = {
  preparation: m.tenders_stage_preparation,
  approval: m.tenders_stage_approval,
  publication: m.tenders_stage_publication,
  participationPeriod: m.tenders_stage_participation_period,
  candidateSelection: m.tenders_stage_candidate_selection,
  invitation: m.tenders_stage_invitation,
  submissionPeriod: m.tenders_stage_submission_period,
  dialogue: m.tenders_stage_dialogue,
  opening: m.tenders_stage_opening,
  formalCheck: m.tenders_stage_formal_check,
  suitability: m.tenders_stage_suitability,
  negotiation: m.tenders_stage_negotiation,
  finalOffers: m.tenders_stage_final_offers,
  priceCheck: m.tenders_stage_price_check,
  awardEvaluation: m.tenders_stage_award_evaluation,
  preAwardInformation: m.tenders_stage_pre_award_information,
  award: m.tenders_stage_award,
  partnershipPhases: m.tenders_stage_partnership_phases,
  documentation: m.tenders_stage_documentation,
};

/** A text the API gives in both languages, in the page's language. */
export function localized(text: { de: string; en: string }): string {
  return getLocale() === 'en' ? text.en : text.de;
}

/** The label of a value the API may know before this page does: the label, else the value. */
export function labelOf<Value extends string>(
  labels: Record<Value, () => string>,
  value: string,
): string {
  return value in labels ? labels[value as Value]() : value;
}
