import type { OperationPolicy } from '../policy.ts';

/** Policy rows of the account operations; spread into the one table in `access/policy.ts`. */
export const accountPolicies = {} as const satisfies Record<string, OperationPolicy>;
