import type { components } from '@tenderwise/schema/openapi-types';
import { m } from '#lib/paraglide/messages.js';

export type UserRole = components['schemas']['UserRole'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type ApiKeyScope = components['schemas']['ApiKeyScope'];

/** The glossary's names for the roles (Vergabesachbearbeiter/in, Ausschuss …). */
export const roleLabels: Record<UserRole, () => string> = {
  admin: m.role_admin,
  officer: m.role_officer,
  reviewer: m.role_reviewer,
  vendor: m.role_vendor,
};

export const organisationKindLabels: Record<OrganisationKind, () => string> = {
  authority: m.organisation_kind_authority,
  vendor: m.organisation_kind_vendor,
};

/** The roles a user of such an organisation can have, as the API enforces them. */
export function rolesFor(kind: OrganisationKind): UserRole[] {
  return kind === 'vendor' ? ['vendor'] : ['officer', 'reviewer', 'admin'];
}

/** What a vendor's API key may do, as the vendor's own key page says it. */
export const apiKeyScopeLabels: Record<ApiKeyScope, () => string> = {
  'tenders:read': m.scope_tenders_read,
  'self-assessment:write': m.scope_self_assessment_write,
  'bids:submit': m.scope_bids_submit,
};
