import type { ApiKeyRecord } from '../db/repositories/api-keys.ts';
import type { Organisation } from '../db/repositories/organisations.ts';
import type { User } from '../db/repositories/users.ts';
import type { AccessObject } from '../security/access/authorize.ts';

/**
 * The objects of the accounts area as `authorize` sees them, so a policy row that relates the
 * caller to the object (`sameOrg`, `ownVendor`) can decide. Each belongs to its organisation; a
 * vendor organisation's objects are that vendor's own as well.
 */

export function organisationObject(organisation: Pick<Organisation, 'id' | 'kind'>): AccessObject {
  return owned('organisation', organisation.id, organisation.id, organisation.kind);
}

export function userObject(
  user: Pick<User, 'id' | 'organisation_id' | 'organisation_kind'>,
): AccessObject {
  return owned('user', user.id, user.organisation_id, user.organisation_kind);
}

/** API keys exist only for vendor organisations. */
export function apiKeyObject(key: Pick<ApiKeyRecord, 'id' | 'organisation_id'>): AccessObject {
  return owned('apiKey', key.id, key.organisation_id, 'vendor');
}

function owned(
  type: string,
  id: string,
  organisationId: string,
  kind: Organisation['kind'],
): AccessObject {
  return {
    type,
    id,
    organisationId,
    vendorOrganisationId: kind === 'vendor' ? organisationId : null,
  };
}
