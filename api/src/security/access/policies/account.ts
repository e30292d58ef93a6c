import { apiKeyScopes } from '../../../db/tables/accounts.ts';
import type { Grant, OperationPolicy } from '../policy.ts';

const everyone: readonly Grant[] = [{ to: 'anonymous', relation: 'public' }];

/**
 * Any signed-in person, whatever the role. API keys have no account: only `getOwnAccount` admits
 * them, to tell a vendor's client what its key is and may do.
 */
const signedIn: readonly Grant[] = (['admin', 'officer', 'reviewer', 'vendor'] as const).map(
  (role) => ({ to: role, relation: 'public' }),
);

/**
 * Policy rows of the account operations; spread into the one table in `access/policy.ts`.
 *
 * Logging in, checking and accepting an invitation are public: the caller has no session yet. The second
 * step, TOTP enrolment and logout are reachable from a pending session (`beforeMfa`); which
 * pending stage may do which is checked again by the verbs (`session-stage.ts`). One's own
 * sessions and password need a full session.
 */
export const accountPolicies = {
  loginWithPassword: { object: null, beforeMfa: false, grants: everyone },
  completeTotpLogin: { object: null, beforeMfa: true, grants: signedIn },
  completeRecoveryCodeLogin: { object: null, beforeMfa: true, grants: signedIn },
  startTotpEnrolment: { object: null, beforeMfa: true, grants: signedIn },
  confirmTotpEnrolment: { object: null, beforeMfa: true, grants: signedIn },
  logout: { object: null, beforeMfa: true, grants: signedIn },
  // A vendor's API key, of any scope, may ask what it is and what it may do.
  getOwnAccount: {
    object: null,
    beforeMfa: false,
    grants: [
      ...signedIn,
      ...apiKeyScopes.map((scope) => ({ to: { apiKeyScope: scope }, relation: 'public' as const })),
    ],
  },
  listOwnSessions: { object: null, beforeMfa: false, grants: signedIn },
  endOwnSession: { object: null, beforeMfa: false, grants: signedIn },
  changeOwnPassword: { object: null, beforeMfa: false, grants: signedIn },
  resetOwnTotp: { object: null, beforeMfa: false, grants: signedIn },
  checkInvitation: { object: null, beforeMfa: false, grants: everyone },
  acceptInvitation: { object: null, beforeMfa: false, grants: everyone },
} as const satisfies Record<string, OperationPolicy>;
