import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Administrators administer the whole installation: every authority and every vendor
 * organisation, not only their own authority (someone must create the first vendor organisation,
 * and there is one administration per installation). Hence a grant to role `admin` with the
 * relation `public`: an organisation or user of any organisation is in reach, and none of
 * another role. Administrators must have passed the second factor (`beforeMfa: false`).
 */
const administrators: readonly Grant[] = [{ to: 'admin', relation: 'public' }];

/**
 * A vendor organisation's API keys are managed by its vendor users, with a session. No API key
 * scope is granted: a leaked key must not be able to mint new keys or hide itself by listing and
 * revoking others. Creating and listing act on the caller's own organisation, which the verb takes
 * from the session (so no object is named); revoking names a key, which must be the caller's
 * organisation's (`ownVendor`): another vendor's key answers 404.
 */
const vendorUsers: readonly Grant[] = [{ to: 'vendor', relation: 'public' }];

/** Policy rows of the administration operations; spread into the one table in `access/policy.ts`. */
export const administrationPolicies = {
  createOrganisation: { object: null, beforeMfa: false, grants: administrators },
  listOrganisations: { object: null, beforeMfa: false, grants: administrators },
  createUser: { object: 'organisation', beforeMfa: false, grants: administrators },
  listUsers: { object: 'organisation', beforeMfa: false, grants: administrators },
  changeUserRole: { object: 'user', beforeMfa: false, grants: administrators },
  disableUser: { object: 'user', beforeMfa: false, grants: administrators },
  endUserSessions: { object: 'user', beforeMfa: false, grants: administrators },
  issueInvitation: { object: 'user', beforeMfa: false, grants: administrators },
  resetUserTotp: { object: 'user', beforeMfa: false, grants: administrators },

  createApiKey: { object: null, beforeMfa: false, grants: vendorUsers },
  listApiKeys: { object: null, beforeMfa: false, grants: vendorUsers },
  revokeApiKey: {
    object: 'apiKey',
    beforeMfa: false,
    grants: [{ to: 'vendor', relation: 'ownVendor' }],
  },
} as const satisfies Record<string, OperationPolicy>;
