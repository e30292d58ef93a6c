import { tenderStateNames, type TenderStateName } from '@tenderwise/schema';

/** The states of a tender, defined once in the shared schema (see its description there). */
export const tenderStates = tenderStateNames;
export type TenderState = TenderStateName;

/**
 * The transitions of a tender's lifecycle as data: verbs that change a tender's state check them,
 * and the policy table's state lists are read against them. Cancelling (Aufhebung, § 63 VgV) is
 * possible from every state before the award; an award is final.
 */
export const tenderTransitions = {
  draft: ['published', 'cancelled'],
  published: ['submissionClosed', 'cancelled'],
  submissionClosed: ['opened', 'cancelled'],
  opened: ['evaluated', 'cancelled'],
  evaluated: ['awarded', 'cancelled'],
  awarded: [],
  cancelled: [],
} as const satisfies Record<TenderState, readonly TenderState[]>;

/** Whether a tender may move from one state to the other. */
export function canTransition(from: TenderState, to: TenderState): boolean {
  return (tenderTransitions[from] as readonly TenderState[]).includes(to);
}

/** States in which the tender is publicly known (its notice was published). */
export const publishedTenderStates = [
  'published',
  'submissionClosed',
  'opened',
  'evaluated',
  'awarded',
  'cancelled',
] as const satisfies readonly TenderState[];
