import type { components } from '@tenderwise/schema/openapi-types';
import { m } from '#lib/paraglide/messages.js';

// The glossary's names (GLOSSARY.md) for the team, publication, corrections, cancellation and
// notices of a tender.

type Capacity = components['schemas']['TenderTeamCapacity'];
type OriginKind = NonNullable<components['schemas']['TenderSchemeOrigin']>['kind'];

/** The capacities in the order the team page lists them. */
export const capacityOrder = [
  'officer',
  'openingOfficer',
  'openingDeputy',
  'evaluator',
  'reviewer',
] as const satisfies readonly Capacity[];

export const capacityLabels: Record<Capacity, () => string> = {
  officer: m.tender_flow_capacity_officer,
  openingOfficer: m.tender_flow_capacity_opening_officer,
  openingDeputy: m.tender_flow_capacity_opening_deputy,
  evaluator: m.tender_flow_capacity_evaluator,
  reviewer: m.tender_flow_capacity_reviewer,
};

/** The headings of the team's sections, one per capacity. */
export const capacityHeadings: Record<Capacity, () => string> = {
  officer: m.tender_flow_capacity_officer_plural,
  openingOfficer: m.tender_flow_capacity_opening_officer_plural,
  openingDeputy: m.tender_flow_capacity_opening_deputy_plural,
  evaluator: m.tender_flow_capacity_evaluator_plural,
  reviewer: m.tender_flow_capacity_reviewer_plural,
};

/** The grounds of § 63 (1) S. 1 Nr. 1–4 VgV (§ 48 (1) UVgO), in the law's order. */
export const cancellationGrounds = [
  'noSuitableBids',
  'essentialChange',
  'noEconomicResult',
  'otherSeriousReasons',
] as const;
export type CancellationGround = (typeof cancellationGrounds)[number];

export const groundLabels: Record<CancellationGround, () => string> = {
  noSuitableBids: m.tender_flow_ground_no_suitable_bids,
  essentialChange: m.tender_flow_ground_essential_change,
  noEconomicResult: m.tender_flow_ground_no_economic_result,
  otherSeriousReasons: m.tender_flow_ground_other_serious_reasons,
};

/** The ground's label, or the ground's id as the API sent it when it is unknown here. */
export function groundLabel(ground: string): string {
  return (groundLabels as Record<string, (() => string) | undefined>)[ground]?.() ?? ground;
}

export const originLabels: Record<OriginKind, () => string> = {
  template: m.tender_flow_origin_template,
  entries: m.tender_flow_origin_entries,
  blank: m.tender_flow_origin_blank,
  edited: m.tender_flow_origin_edited,
};

/** The kind of a notice, or its id when unknown here. */
export function noticeKindLabel(kind: string): string {
  const labels: Partial<Record<string, () => string>> = {
    correction: m.tender_flow_notice_correction,
    clarification_answer: m.tender_flow_notice_answer,
    cancellation: m.tender_flow_notice_cancellation,
  };
  return labels[kind]?.() ?? kind;
}
