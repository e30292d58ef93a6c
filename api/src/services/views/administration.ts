import type { OrganisationResponse, UserResponse } from '@tenderwise/schema';
import type { Organisation } from '../../db/repositories/organisations.ts';
import type { User } from '../../db/repositories/users.ts';

export function organisationResponse(organisation: Organisation): OrganisationResponse {
  return {
    id: organisation.id,
    kind: organisation.kind,
    name: organisation.name,
    createdAt: organisation.created_at.toISOString(),
    disabledAt: organisation.disabled_at?.toISOString() ?? null,
    demo: organisation.demo,
  };
}

/** What administrators see of a user: no password hash, TOTP secret or token, by construction. */
export function userResponse(user: User): UserResponse {
  return {
    id: user.id,
    organisationId: user.organisation_id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    passwordSet: user.password_changed_at !== null,
    createdAt: user.created_at.toISOString(),
    disabledAt: user.disabled_at?.toISOString() ?? null,
  };
}
