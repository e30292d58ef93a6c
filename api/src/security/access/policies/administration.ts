import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Administrators administer the instance, not an authority: every authority and every vendor
 * organisation of the installation, not only their own (someone must create the first vendor
 * organisation, and there is one administration per installation; ADR 0013). Hence a grant to
 * role `admin` with the relation `public`, and so the rule that another organisation's object
 * answers 404 (ADR 0008) does not hold for administrators on these rows: an organisation, user or
 * API key of any organisation is in reach, and none of another role. An authority that must not
 * be administered by another authority's administrators needs an installation of its own.
 * Administrators must have passed the second factor (`beforeMfa: false`).
 *
 * The verbs pass the user, organisation or key they act on to `authorize`, so a row may relate
 * the caller to it. They add what the table cannot say: nobody disables their own account or
 * their own organisation, and the last active administrator keeps the role and access (pure
 * rules in `domain/accounts/`).
 */
const administrators: readonly Grant[] = [{ to: 'admin', relation: 'public' }];

/**
 * Organisations and users are administered by administrators and by the operator of the
 * installation, whose commands on the server (`npm run admin:create`, the operator socket) create
 * the first authority and administrator with these verbs and may act where no administrator is
 * left. No request is ever the operator. The operator manages no vendor's API keys.
 */
const administration: readonly Grant[] = [
  ...administrators,
  { to: 'operator', relation: 'public' },
];

/**
 * A vendor organisation's API keys are managed by its vendor users, with a session. No API key
 * scope is granted: a leaked key must not be able to mint new keys or hide itself by listing and
 * revoking others. Creating and listing act on the caller's own organisation, which the verb takes
 * from the session (so no object is named); revoking names a key, which must be the caller's
 * organisation's (`ownVendor`): another vendor's key answers 404. Administrators revoke any key
 * too, for a vendor who lost control of one (they list them with `listOrganisationApiKeys`).
 */
const vendorUsers: readonly Grant[] = [{ to: 'vendor', relation: 'public' }];

/** Policy rows of the administration operations; spread into the one table in `access/policy.ts`. */
export const administrationPolicies = {
  createOrganisation: { object: null, beforeMfa: false, grants: administration },
  listOrganisations: { object: null, beforeMfa: false, grants: administration },
  disableOrganisation: { object: 'organisation', beforeMfa: false, grants: administration },
  enableOrganisation: { object: 'organisation', beforeMfa: false, grants: administration },
  listOrganisationApiKeys: { object: 'organisation', beforeMfa: false, grants: administration },
  createUser: { object: 'organisation', beforeMfa: false, grants: administration },
  listUsers: { object: 'organisation', beforeMfa: false, grants: administration },
  changeUserRole: { object: 'user', beforeMfa: false, grants: administration },
  disableUser: { object: 'user', beforeMfa: false, grants: administration },
  enableUser: { object: 'user', beforeMfa: false, grants: administration },
  endUserSessions: { object: 'user', beforeMfa: false, grants: administration },
  issueInvitation: { object: 'user', beforeMfa: false, grants: administration },
  resetUserTotp: { object: 'user', beforeMfa: false, grants: administration },

  // Not an HTTP operation: the first administrator comes from an operator's command, never from
  // a request (there are no default accounts).
  createAdministrator: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'operator', relation: 'public' }],
  },

  createApiKey: { object: null, beforeMfa: false, grants: vendorUsers },
  listApiKeys: { object: null, beforeMfa: false, grants: vendorUsers },
  revokeApiKey: {
    object: 'apiKey',
    beforeMfa: false,
    grants: [
      { to: 'vendor', relation: 'ownVendor' },
      { to: 'admin', relation: 'public' },
    ],
  },
} as const satisfies Record<string, OperationPolicy>;
