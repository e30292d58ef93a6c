// Tables of the bids migration (ADR 0041); each table's interface is named <Name>Table.
import type { ColumnType, Generated } from 'kysely';

/** Set on insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;
/** bytea: a Uint8Array written, a Buffer (a Uint8Array) read. */
type Bytes = Fixed<Uint8Array>;

export const bidIntakes = ['platform', 'vault'] as const;
export type BidIntake = (typeof bidIntakes)[number];

export const bidSources = ['vault', 'import'] as const;
export type BidSource = (typeof bidSources)[number];

export const bidImportFormats = ['json', 'xlsx', 'csv'] as const;
export type BidImportFormat = (typeof bidImportFormats)[number];

export const openingSessionStates = ['open', 'opened', 'abandoned'] as const;
export type OpeningSessionState = (typeof openingSessionStates)[number];

/** `officer`: present in a break-glass session, with a share of the officers' split. */
export const openingCapacities = ['openingOfficer', 'openingDeputy', 'officer'] as const;
export type OpeningCapacity = (typeof openingCapacities)[number];

export interface BidTables {
  tender_opening_key: TenderOpeningKeyTable;
  tender_vault: TenderVaultTable;
  tender_key_share: TenderKeyShareTable;
  bid_import: BidImportTable;
  bid_import_mapping: BidImportMappingTable;
  bid: BidTable;
  bid_submission: BidSubmissionTable;
  bid_idempotency: BidIdempotencyTable;
  platform_outage: PlatformOutageTable;
  opening_session: OpeningSessionTable;
  opening_session_presence: OpeningSessionPresenceTable;
  bid_opened_content: BidOpenedContentTable;
}

/** An opening officer's or deputy's personal key for one tender, locked by their passphrase. */
export interface TenderOpeningKeyTable {
  tender_id: Fixed<string>;
  user_id: Fixed<string>;
  public_key: Uint8Array;
  /** JSON of the locked private key (`security/vault`), bytes in base64. */
  locked_private_key: string;
  enrolled_at: Date;
}

export interface TenderVaultTable {
  tender_id: Fixed<string>;
  public_key: Bytes;
  created_at: Fixed<Date>;
}

export const keyShareKinds = ['opening', 'breakGlass'] as const;
export type KeyShareKind = (typeof keyShareKinds)[number];

export interface TenderKeyShareTable {
  tender_id: Fixed<string>;
  kind: Fixed<KeyShareKind>;
  holder_user_id: Fixed<string>;
  holder_public_key: Bytes;
  sealed_share: Bytes;
  created_at: Fixed<Date>;
}

export interface BidImportTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  platform: Fixed<string>;
  format: Fixed<BidImportFormat>;
  file_name: Fixed<string>;
  file_bytes: Fixed<number>;
  file_sha256: Fixed<string>;
  opening_record_name: Fixed<string>;
  opening_record_sha256: Fixed<string>;
  opened_on_platform_at: Fixed<Date>;
  mapping: Fixed<string | null>;
  bid_count: Fixed<number>;
  imported_by: Fixed<string>;
  imported_at: Fixed<Date>;
}

/** A column mapping an authority saved for one platform's XLSX/CSV export. */
export interface BidImportMappingTable {
  organisation_id: Fixed<string>;
  platform: Fixed<string>;
  /** Canonical JSON of the mapping. */
  mapping: string;
  updated_by: string;
  updated_at: Date;
}

export interface BidTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  source: Fixed<BidSource>;
  organisation_id: Fixed<string | null>;
  organisation_kind: Fixed<'vendor' | null>;
  import_id: Fixed<string | null>;
  import_position: Fixed<number | null>;
  created_at: Fixed<Date>;
  withdrawn_at: Date | null;
  withdrawn_by_user_id: string | null;
  withdrawn_by_api_key_id: string | null;
}

/** One sealed version of a bid in our vault, with its receipt. */
export interface BidSubmissionTable {
  bid_id: Fixed<string>;
  number: Fixed<number>;
  scheme_version: Fixed<number>;
  commitment: Fixed<string>;
  sealed_enc: Bytes;
  sealed_ciphertext: Bytes;
  sealed_sha256: Fixed<string>;
  received_at: Fixed<Date>;
  late: Fixed<boolean>;
  submitted_by_user_id: Fixed<string | null>;
  submitted_by_api_key_id: Fixed<string | null>;
}

export interface BidIdempotencyTable {
  organisation_id: Fixed<string>;
  key: Fixed<string>;
  request_sha256: Fixed<string>;
  bid_id: Fixed<string>;
  submission_number: Fixed<number | null>;
  created_at: Fixed<Date>;
}

/** An outage of the submission channel an officer recorded: what late bids are judged against. */
export interface PlatformOutageTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  started_at: Fixed<Date>;
  ended_at: Fixed<Date>;
  description: Fixed<string>;
  recorded_by: Fixed<string>;
  recorded_at: Fixed<Date>;
}

export interface OpeningSessionTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  started_by: Fixed<string>;
  started_at: Fixed<Date>;
  state: ColumnType<OpeningSessionState, OpeningSessionState | undefined, OpeningSessionState>;
  ended_at: Date | null;
  break_glass_reason: ColumnType<string | null, string | null | undefined, never>;
  record: string | null;
  record_sha256: string | null;
}

export interface OpeningSessionPresenceTable {
  session_id: Fixed<string>;
  user_id: Fixed<string>;
  capacity: Fixed<OpeningCapacity>;
  confirmed_at: Fixed<Date>;
}

export interface BidOpenedContentTable {
  bid_id: Fixed<string>;
  submission_number: Fixed<number>;
  content: Fixed<string>;
  content_sha256: Fixed<string>;
  received_at: Fixed<Date>;
  late: Fixed<boolean>;
  opening_session_id: Fixed<string | null>;
  opened_at: Fixed<Date>;
}
