import {
  EvaluationScheme,
  OptionOffer,
  type OptionRegistrySource,
  type OptionResponse,
  type OptionsReviewMember,
  type OptionsReviewResponse,
  type OptionsReviewSummary,
  type SchemeVersionOrigin,
  type SchemeVersionResponse,
  type SchemeVersionSummary,
} from '@tenderwise/schema';
import type { OptionRow } from '../../db/repositories/options-review-options.ts';
import type {
  SchemeVersionRow,
  SchemeVersionSummaryRow,
} from '../../db/repositories/options-review-scheme-versions.ts';
import type {
  OptionsReviewMemberRow,
  OptionsReviewRow,
} from '../../db/repositories/options-reviews.ts';

/** What a review's representation shows besides its own row. */
export interface ReviewContentsView {
  latestSchemeVersion: number | null;
  optionCount: number;
}

/** A review in a list, with its lead's name. */
export function optionsReviewSummary(
  review: OptionsReviewRow,
  contents: ReviewContentsView,
  leadDisplayName: string,
): OptionsReviewSummary {
  return { ...reviewFieldsOf(review, contents), leadDisplayName };
}

/** What the list entry and the full representation of a review both show. */
function reviewFieldsOf(
  review: OptionsReviewRow,
  contents: ReviewContentsView,
): Omit<OptionsReviewSummary, 'leadDisplayName'> {
  return {
    id: review.id,
    organisationId: review.organisation_id,
    title: review.title,
    purpose: review.purpose,
    referenceDate: review.reference_date,
    status: review.status,
    leadUserId: review.lead_user_id,
    latestSchemeVersion: contents.latestSchemeVersion,
    optionCount: contents.optionCount,
    version: review.version,
    createdBy: review.created_by,
    createdAt: review.created_at.toISOString(),
    updatedAt: review.updated_at.toISOString(),
    conclusion:
      review.concluded_at === null
        ? null
        : {
            concludedAt: review.concluded_at.toISOString(),
            schemeVersion: review.concluded_scheme_version!,
            schemeCommitment: review.concluded_scheme_commitment!,
            weightAdoptionId: review.concluded_weight_adoption_id,
          },
  };
}

/** The review with its members, the lead first. */
export function optionsReviewResponse(
  review: OptionsReviewRow,
  members: readonly OptionsReviewMemberRow[],
  contents: ReviewContentsView,
): OptionsReviewResponse {
  const lead = (member: OptionsReviewMemberRow) => member.user_id === review.lead_user_id;
  const ordered = [...members.filter(lead), ...members.filter((member) => !lead(member))];
  return {
    ...reviewFieldsOf(review, contents),
    members: ordered.map((member): OptionsReviewMember => ({
      userId: member.user_id,
      displayName: member.display_name,
      role: member.role,
      lead: lead(member),
      addedAt: member.added_at.toISOString(),
    })),
  };
}

function originOf(row: SchemeVersionSummaryRow): SchemeVersionOrigin {
  switch (row.origin_kind) {
    case 'template':
      return {
        kind: 'template',
        templateId: row.origin_template_id!,
        templateVersion: row.origin_template_version!,
      };
    case 'entries':
      return { kind: 'entries', entryIds: row.origin_entry_ids ?? [] };
    default:
      return { kind: row.origin_kind };
  }
}

export function schemeVersionSummary(row: SchemeVersionSummaryRow): SchemeVersionSummary {
  return {
    reviewId: row.review_id,
    number: row.number,
    commitment: row.commitment,
    origin: originOf(row),
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

/** The stored scheme, parsed again: it was valid when saved, and the parse restores its type. */
export function storedScheme(row: Pick<SchemeVersionRow, 'scheme'>): EvaluationScheme {
  return EvaluationScheme.parse(JSON.parse(row.scheme));
}

export function schemeVersionResponse(row: SchemeVersionRow): SchemeVersionResponse {
  return { ...schemeVersionSummary(row), scheme: storedScheme(row) };
}

/**
 * An option as the API shows it. `sources` holds the registry versions options were taken from,
 * by version id (see `registrySourcesOf`); an option taken from one the map lacks shows none.
 */
export function optionResponse(
  row: OptionRow,
  sources: ReadonlyMap<string, OptionRegistrySource> = new Map(),
): OptionResponse {
  return {
    id: row.id,
    reviewId: row.review_id,
    name: row.name,
    vendorName: row.vendor_name,
    serviceName: row.service_name,
    offer: OptionOffer.parse(JSON.parse(row.offer)),
    checkedAgainstSchemeVersion: row.checked_against_scheme_version,
    registrySource:
      row.registry_version_id === null ? null : (sources.get(row.registry_version_id) ?? null),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
