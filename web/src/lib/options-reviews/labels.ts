import type { components } from '@tenderwise/schema/openapi-types';
import { m } from '#lib/paraglide/messages.js';
import type { LegalType } from './offer-form.ts';
import type { ReviewStatus } from './rights.ts';

// The glossary's names (GLOSSARY.md) for what an options review shows.

type MethodKind = components['schemas']['EvaluationMethod']['kind'];
type OriginKind = components['schemas']['SchemeVersionOrigin']['kind'];
type NodeKind = components['schemas']['AwardNode']['kind'];
type UserRole = components['schemas']['UserRole'];

/** The roles of the people who take part; the glossary's names, as everywhere on the site. */
export const roleLabels: Record<UserRole, () => string> = {
  admin: m.role_admin,
  officer: m.role_officer,
  reviewer: m.role_reviewer,
  vendor: m.role_vendor,
};

export const statusLabels: Record<ReviewStatus, () => string> = {
  draft: m.review_status_draft,
  inReview: m.review_status_in_review,
  concluded: m.review_status_concluded,
};

export const legalTypeLabels: Record<LegalType, () => string> = {
  exclusion: m.review_legal_exclusion,
  restricted: m.review_legal_restricted,
  suitability: m.review_legal_suitability,
  minimum: m.review_legal_minimum,
  award: m.review_legal_award,
  condition: m.review_legal_condition,
};

/** The headings of the lists of a scheme, by legal type. */
export const legalTypeHeadings: Record<LegalType, () => string> = {
  exclusion: m.review_legal_exclusion_plural,
  restricted: m.review_legal_restricted_plural,
  suitability: m.review_legal_suitability_plural,
  minimum: m.review_legal_minimum_plural,
  award: m.review_legal_award_plural,
  condition: m.review_legal_condition_plural,
};

export const methodLabels: Record<MethodKind, () => string> = {
  weightedSum: m.review_method_weighted_sum,
  ufabSimple: m.review_method_ufab_simple,
  ufabExtended: m.review_method_ufab_extended,
  ufabMedian: m.review_method_ufab_median,
};

export const originLabels: Record<OriginKind, () => string> = {
  template: m.review_origin_template,
  entries: m.review_origin_entries,
  blank: m.review_origin_blank,
  edited: m.review_origin_edited,
  referenceDate: m.review_origin_reference_date,
};

export const nodeKindLabels: Record<NodeKind, () => string> = {
  group: m.review_node_group,
  ordinal: m.review_node_ordinal,
  metric: m.review_node_metric,
  attestation: m.review_node_attestation,
  price: m.review_node_price,
};
