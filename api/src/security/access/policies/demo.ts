import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The demo data (fictional organisations and people, and with later features their work) is
 * loaded by the operator (`npm run seed -- --demo`) or by an administrator, from the
 * administration page or the setup page of a new installation: whoever administers the instance
 * decides what it holds (ADR 0013). The verb adds what the table cannot say (ADR 0023): the
 * server must be reachable from this machine only, unless the operator forces it on the server,
 * and the installation must hold no real data, which nobody overrides.
 */
const administration: readonly Grant[] = [
  { to: 'admin', relation: 'public' },
  { to: 'operator', relation: 'public' },
];

/** Policy rows of the demo operations; spread into the one table in `access/policy.ts`. */
export const demoPolicies = {
  getDemoDataStatus: { object: null, beforeMfa: false, grants: administration },
  loadDemoData: { object: null, beforeMfa: false, grants: administration },
} as const satisfies Record<string, OperationPolicy>;
