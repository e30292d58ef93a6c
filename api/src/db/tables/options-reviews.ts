// Tables of the options review migration; each table's interface is named <Name>Table.
import type { OptionsReviewStatusName, WeightAdoptionKind } from '@tenderwise/schema';
import type { ColumnType, Generated } from 'kysely';

/** A column set once, when the row is inserted, and never changed. */
type Fixed<T> = ColumnType<T, T, never>;

/** Where a scheme version came from. */
export const schemeOriginKinds = [
  'template',
  'entries',
  'blank',
  'edited',
  'referenceDate',
] as const;
export type SchemeOriginKind = (typeof schemeOriginKinds)[number];

export interface OptionsReviewTables {
  options_review: OptionsReviewTable;
  options_review_member: OptionsReviewMemberTable;
  options_review_scheme_version: OptionsReviewSchemeVersionTable;
  options_review_option: OptionsReviewOptionTable;
  options_review_score_sheet: OptionsReviewScoreSheetTable;
  options_review_score: OptionsReviewScoreTable;
  options_review_consensus: OptionsReviewConsensusTable;
  options_review_weight_set: OptionsReviewWeightSetTable;
  options_review_weight_adoption: OptionsReviewWeightAdoptionTable;
}

export interface OptionsReviewTable {
  id: Generated<string>;
  /** The authority that owns the review. */
  organisation_id: Fixed<string>;
  /** Always `authority`; part of the foreign key that keeps reviews in authorities. */
  organisation_kind: ColumnType<'authority', 'authority' | undefined, never>;
  title: string;
  purpose: string;
  /** YYYY-MM-DD: dates are read as text (type-parsers.ts). */
  reference_date: string;
  status: OptionsReviewStatusName;
  /** Always one of the members (a deferred foreign key). */
  lead_user_id: string;
  /** Starts at 1; every change of the review or its members adds one. */
  version: number;
  created_by: Fixed<string>;
  created_at: Fixed<Date>;
  updated_at: Date;
  concluded_at: Date | null;
  /** The scheme version the review concluded with, and its commitment. */
  concluded_scheme_version: number | null;
  concluded_scheme_commitment: string | null;
  /** The weight adoption the review concluded with; null when none was adopted. */
  concluded_weight_adoption_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OptionsReviewMemberTable {
  review_id: Fixed<string>;
  user_id: Fixed<string>;
  added_by: Fixed<string>;
  added_at: Fixed<Date>;
}

/** Immutable: triggers refuse updates and deletes. */
export interface OptionsReviewSchemeVersionTable {
  review_id: Fixed<string>;
  /** 1, 2, 3 … per review. */
  number: Fixed<number>;
  /** RFC 8785 canonical JSON of the scheme, the text its commitment hashes. */
  scheme: Fixed<string>;
  commitment: Fixed<string>;
  origin_kind: Fixed<SchemeOriginKind>;
  origin_template_id: Fixed<string | null>;
  origin_template_version: Fixed<string | null>;
  origin_entry_ids: Fixed<string[] | null>;
  note: Fixed<string | null>;
  created_by: Fixed<string>;
  created_at: Fixed<Date>;
}

export interface OptionsReviewOptionTable {
  id: Generated<string>;
  review_id: Fixed<string>;
  name: string;
  vendor_name: string | null;
  service_name: string | null;
  /** RFC 8785 canonical JSON of the offer; text keeps its numbers exactly as written. */
  offer: string;
  /** The scheme version the offer was checked against when saved; null before a scheme existed. */
  checked_against_scheme_version: number | null;
  /** The published registry version the option was taken from, if any. */
  registry_version_id: ColumnType<string | null, string | null | undefined, never>;
  /** Starts at 1; every update adds one, and an update naming an older one is refused. */
  version: number;
  created_by: Fixed<string>;
  created_at: Fixed<Date>;
  updated_by: string;
  updated_at: Date;
}

/** One member's sheet for one scheme version; final once `submitted_at` is set. */
export interface OptionsReviewScoreSheetTable {
  review_id: Fixed<string>;
  scheme_version: Fixed<number>;
  user_id: Fixed<string>;
  updated_at: Date;
  submitted_at: Date | null;
}

/** One member's score of an option on an ordinal criterion, with its justification. */
export interface OptionsReviewScoreTable {
  review_id: Fixed<string>;
  scheme_version: Fixed<number>;
  user_id: Fixed<string>;
  option_id: Fixed<string>;
  criterion_id: Fixed<string>;
  score: number;
  justification: string;
}

/** The lead's consensus score of an option on an ordinal criterion, with a joint justification. */
export interface OptionsReviewConsensusTable {
  review_id: Fixed<string>;
  scheme_version: Fixed<number>;
  option_id: Fixed<string>;
  criterion_id: Fixed<string>;
  score: number;
  justification: string;
  recorded_by: string;
  recorded_at: Date;
}

/** One member's current weight set for one scheme version; saving again replaces it. */
export interface OptionsReviewWeightSetTable {
  review_id: Fixed<string>;
  scheme_version: Fixed<number>;
  user_id: Fixed<string>;
  /** JSON of the entries per sibling set as the member stated them. */
  sets: string;
  /** JSON of the basis points of every award node that follow from `sets`. */
  weights: string;
  saved_at: Date;
}

/** An adoption of weights by the lead; appended only (triggers refuse changes). */
export interface OptionsReviewWeightAdoptionTable {
  id: Generated<string>;
  review_id: Fixed<string>;
  scheme_version: Fixed<number>;
  /** 1, 2, 3 … per scheme version; the highest is in force. */
  number: Fixed<number>;
  kind: Fixed<WeightAdoptionKind>;
  member_user_id: Fixed<string | null>;
  /** JSON of the basis points of every award node. */
  weights: Fixed<string>;
  reason: Fixed<string>;
  adopted_by: Fixed<string>;
  adopted_at: Fixed<Date>;
}
