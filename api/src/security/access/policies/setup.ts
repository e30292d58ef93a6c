import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The first run without a command line (ADR 0022). On an installation without an administrator
 * the server issues a one-time setup token at start (`issueSetupToken`, the operator's step:
 * never a request) and prints the link on its terminal. Checking the link and completing the
 * setup are public, like accepting an invitation: the caller has no account yet, and the token,
 * which only whoever reads the server's terminal or its data directory has seen, is the
 * credential. The verbs refuse once any active administrator exists, and rate limits meter the
 * guesses (`limits.ts`).
 */
const everyone: readonly Grant[] = [{ to: 'anonymous', relation: 'public' }];

/** Policy rows of the setup operations; spread into the one table in `access/policy.ts`. */
export const setupPolicies = {
  checkSetupToken: { object: null, beforeMfa: false, grants: everyone },
  completeSetup: { object: null, beforeMfa: false, grants: everyone },
  issueSetupToken: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'operator', relation: 'public' }],
  },
} as const satisfies Record<string, OperationPolicy>;
