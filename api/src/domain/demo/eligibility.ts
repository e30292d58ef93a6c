import type { DemoRefusal } from '@tenderwise/schema';

export type { DemoRefusal };

/** What decides whether an installation takes the demo (ADR 0023). */
export interface DemoFacts {
  /** The server can be reached from this machine only (`InstallationSettings.loopbackOnly`). */
  loopbackOnly: boolean;
  /** The operator forces it, on the server (`npm run seed -- --demo --force`). */
  forced: boolean;
  /** Organisations and users that are not demo data, administrators and their authorities aside. */
  realData: { organisations: number; users: number };
}

/**
 * Why the demo may not be loaded, in the order the refusals are explained; empty when it may.
 * Fictional vendors and people mixed into real ones would end up in real comparisons and lists,
 * so real data refuses the demo whoever asks; a server others can reach refuses it unless forced,
 * since the demo's accounts would be a way in for anyone who reads the demo files.
 */
export function demoRefusals(facts: DemoFacts): DemoRefusal[] {
  const refusals: DemoRefusal[] = [];
  if (!facts.loopbackOnly && !facts.forced) refusals.push('not-loopback');
  if (facts.realData.organisations > 0 || facts.realData.users > 0) refusals.push('real-data');
  return refusals;
}
