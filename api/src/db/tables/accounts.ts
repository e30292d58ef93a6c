// Tables of the accounts migrations; each table's interface is named <Name>Table.
import {
  apiKeyScopeNames,
  organisationKindNames,
  userRoleNames,
  type ApiKeyScopeName,
  type OrganisationKindName,
  type UserRoleName,
} from '@tenderwise/schema';
import type { ColumnType, Generated } from 'kysely';

/** A timestamp the application always sets itself, from the injected Clock. */
type Timestamp = ColumnType<Date, Date, Date>;
/** A timestamp set once, from the injected Clock, and never changed. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;

// The vocabularies are defined once, in the shared schema; the tables use them under these names.
export const organisationKinds = organisationKindNames;
export type OrganisationKind = OrganisationKindName;
export const roles = userRoleNames;
export type Role = UserRoleName;
export const apiKeyScopes = apiKeyScopeNames;
export type ApiKeyScope = ApiKeyScopeName;

export interface AccountTables {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  invitation: InvitationTable;
  recovery_code: RecoveryCodeTable;
  user_session: UserSessionTable;
  api_key: ApiKeyTable;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: ColumnType<OrganisationKind, OrganisationKind, never>;
  name: string;
  created_at: CreatedAt;
  disabled_at: Date | null;
  /** Fictional demo data, made by the demo loader; set once and never changed. */
  demo: ColumnType<boolean, boolean | undefined, never>;
}

export interface AppUserTable {
  id: Generated<string>;
  organisation_id: ColumnType<string, string, never>;
  /** A copy of the organisation's kind; the database checks that the role fits it. */
  organisation_kind: ColumnType<OrganisationKind, OrganisationKind, never>;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  password_changed_at: Date | null;
  /** The raw TOTP key, stored unencrypted for now. */
  totp_secret: Uint8Array | null;
  totp_last_counter: number | null;
  created_at: CreatedAt;
  disabled_at: Date | null;
}

export interface InvitationTable {
  id: Generated<string>;
  user_id: ColumnType<string, string, never>;
  /** SHA-256 of the token. */
  token_hash: ColumnType<Uint8Array, Uint8Array, never>;
  created_at: CreatedAt;
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
}

export interface RecoveryCodeTable {
  id: Generated<string>;
  user_id: ColumnType<string, string, never>;
  code_hash: ColumnType<string, string, never>;
  created_at: CreatedAt;
  used_at: Date | null;
}

export interface UserSessionTable {
  /** The public part of the session token. */
  id: ColumnType<string, string, never>;
  user_id: ColumnType<string, string, never>;
  /** SHA-256 of the token's secret part. */
  secret_hash: ColumnType<Uint8Array, Uint8Array, never>;
  mfa_verified: ColumnType<boolean, boolean, never>;
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: ColumnType<Date, Date, never>;
  user_agent: ColumnType<string | null, string | null | undefined, never>;
  ip_address: ColumnType<string | null, string | null | undefined, never>;
  /** Wrong second-factor codes sent with this (pending) session. */
  failed_codes: Generated<number>;
}

export interface ApiKeyTable {
  /** The public part of the key. */
  id: ColumnType<string, string, never>;
  organisation_id: ColumnType<string, string, never>;
  /** Always `vendor`; part of the foreign key that keeps keys in vendor organisations. */
  organisation_kind: ColumnType<'vendor', 'vendor' | undefined, never>;
  created_by: ColumnType<string, string, never>;
  name: string;
  /** SHA-256 of the key's secret part. */
  secret_hash: ColumnType<Uint8Array, Uint8Array, never>;
  scopes: ColumnType<string[], string[], never>;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
  revoked_at: Date | null;
  last_used_at: Date | null;
}
