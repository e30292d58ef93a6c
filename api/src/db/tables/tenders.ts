// Tables of the tender migration; each table's interface is named <Name>Table.
import type { TenderStateName } from '@tenderwise/schema';
import type { ColumnType, Generated } from 'kysely';

/** Set on insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;

/** Reductions of the minimum submission period the officer claims (§ 15 (3), (4) VgV). */
export const periodReductionNames = [
  'priorInformationNotice',
  'urgency',
  'electronicSubmission',
] as const;
export type PeriodReductionName = (typeof periodReductionNames)[number];

/** Where a lot's draft scheme came from. */
export const lotSchemeOriginKinds = ['template', 'entries', 'blank', 'edited'] as const;
export type LotSchemeOriginKind = (typeof lotSchemeOriginKinds)[number];

/**
 * The capacities in which a user is on a tender's team. `officer`: prepares and runs the
 * procedure (the lead is one); `openingOfficer` and `openingDeputy`: open the bids (§ 55 VgV);
 * `evaluator`: scores; `reviewer`: reads and checks.
 */
export const teamCapacities = [
  'officer',
  'openingOfficer',
  'openingDeputy',
  'evaluator',
  'reviewer',
] as const;
export type TeamCapacity = (typeof teamCapacities)[number];

export interface TenderTables {
  tender: TenderTable;
  tender_lot: TenderLotTable;
  tender_correction: TenderCorrectionTable;
  tender_scheme_version: TenderSchemeVersionTable;
  tender_team_member: TenderTeamMemberTable;
  tender_interest: TenderInterestTable;
  tender_question: TenderQuestionTable;
}

export interface TenderTable {
  id: Generated<string>;
  organisation_id: Fixed<string>;
  organisation_kind: ColumnType<'authority', 'authority' | undefined, never>;
  /** The authority's file number (Vergabenummer), unique per authority. */
  reference: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  /** CPV codes as `12345678-9`, the main one first. */
  cpv_codes: ColumnType<string[], string[] | undefined, string[]>;
  regime: 'VgV' | 'SektVO' | 'VSVgV' | 'UVgO';
  /** An id of `seed/regimes/procedure-types.json` valid for the regime. */
  procedure_type: string;
  procedure_ground: string | null;
  /** ISO 3166-2 code of the Land, e.g. `DE-BY`: its holidays and rules. */
  land: string;
  authority_kind:
    'federalUpperAuthority' | 'otherPublicAuthority' | 'sectorEntity' | 'defenceSecurity';
  contract_kind: 'suppliesServices' | 'works' | 'socialServices' | 'designContest';
  /** `ContractValueInput` as canonical JSON; null until estimated. */
  estimated_value: string | null;
  /** YYYY-MM-DD: the day the value was estimated (§ 3 (3) VgV); dates are read as text. */
  estimated_on: string | null;
  /** Why the contract is not split into lots (§ 97 (4) GWB); required for one lot. */
  no_lots_reasons: string | null;
  max_lots_per_bidder: number | null;
  max_lots_per_award: number | null;
  submission_deadline: Date | null;
  questions_deadline: Date | null;
  /** YYYY-MM-DD: the last day bids are binding (Bindefrist). */
  bid_validity_until: string | null;
  period_reductions: ColumnType<
    PeriodReductionName[],
    PeriodReductionName[] | undefined,
    PeriodReductionName[]
  >;
  state: ColumnType<TenderStateName, TenderStateName | undefined, TenderStateName>;
  /** How bids come in: opened on the authority's platform and imported, or sealed in our vault. */
  bid_intake: ColumnType<
    'platform' | 'vault',
    'platform' | 'vault' | undefined,
    'platform' | 'vault'
  >;
  /** Whether missing documents may be requested later, or the notice ruled it out (§ 56 (2) VgV). */
  missing_document_requests: ColumnType<
    'allowed' | 'ruledOut',
    'allowed' | 'ruledOut' | undefined,
    'allowed' | 'ruledOut'
  >;
  /** Always an `officer` member of the team (checked by the verbs). */
  lead_user_id: string;
  /** Starts at 1; every change of the tender or its lots, team or schemes adds one. */
  version: ColumnType<number, number | undefined, number>;
  publication_requested_by: string | null;
  publication_requested_at: Date | null;
  publication_requested_version: number | null;
  approved_by: string | null;
  published_at: Date | null;
  cancelled_by: string | null;
  cancelled_at: Date | null;
  /** A ground of § 63 (1) VgV (or § 48 UVgO), see the tender schema's cancellation grounds. */
  cancellation_ground: string | null;
  cancellation_reasons: string | null;
  created_by: Fixed<string>;
  created_at: Fixed<Date>;
  updated_at: Date;
}

/** A lot; its draft scheme may change only while the tender is a draft (trigger). */
export interface TenderLotTable {
  tender_id: Fixed<string>;
  number: Fixed<number>;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  /** Canonical JSON of an `EvaluationScheme`; null until one is saved. */
  scheme_draft: string | null;
  scheme_origin_kind: LotSchemeOriginKind | null;
  scheme_origin_template_id: string | null;
  scheme_origin_template_version: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: Fixed<Date>;
  updated_at: Date;
}

/** A correction during the submission period (§ 20 (3) VgV); immutable (trigger). */
export interface TenderCorrectionTable {
  tender_id: Fixed<string>;
  number: Fixed<number>;
  reason: Fixed<string>;
  previous_submission_deadline: Fixed<Date>;
  submission_deadline: Fixed<Date>;
  previous_questions_deadline: Fixed<Date>;
  questions_deadline: Fixed<Date>;
  corrected_by: Fixed<string>;
  corrected_at: Fixed<Date>;
}

/** A published scheme of a lot; immutable (trigger). Version 1 is the one publication froze. */
export interface TenderSchemeVersionTable {
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  number: Fixed<number>;
  /** RFC 8785 canonical JSON; `commitment` is the SHA-256 of these bytes. */
  scheme: Fixed<string>;
  commitment: Fixed<string>;
  correction_number: Fixed<number | null>;
  created_by: Fixed<string>;
  created_at: Fixed<Date>;
}

export interface TenderTeamMemberTable {
  tender_id: Fixed<string>;
  user_id: Fixed<string>;
  capacity: Fixed<TeamCapacity>;
  deputy_for_user_id: Fixed<string | null>;
  added_by: Fixed<string>;
  added_at: Fixed<Date>;
  /** § 6 VgV: when the member declared no conflict of interest, and the text's version. */
  declared_at: Date | null;
  declaration_version: string | null;
}

/** A vendor organisation that registered interest, to receive the tender's notices. */
export interface TenderInterestTable {
  tender_id: Fixed<string>;
  organisation_id: Fixed<string>;
  organisation_kind: ColumnType<'vendor', 'vendor' | undefined, never>;
  registered_by_user_id: Fixed<string | null>;
  registered_by_api_key_id: Fixed<string | null>;
  registered_at: Fixed<Date>;
}

/** A bidder's question; kept as asked, answered once (trigger). */
export interface TenderQuestionTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  number: Fixed<number>;
  lot_number: Fixed<number | null>;
  text: Fixed<string>;
  organisation_id: Fixed<string>;
  organisation_kind: ColumnType<'vendor', 'vendor' | undefined, never>;
  asked_by_user_id: Fixed<string | null>;
  asked_by_api_key_id: Fixed<string | null>;
  asked_at: Fixed<Date>;
  late: Fixed<boolean>;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
}
