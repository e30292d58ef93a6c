import type { OperationPolicy } from '../policy.ts';

/** Policy rows of the administration operations; spread into the one table in `access/policy.ts`. */
export const administrationPolicies = {} as const satisfies Record<string, OperationPolicy>;
