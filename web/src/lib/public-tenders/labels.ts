import { m } from '#lib/paraglide/messages.js';
import type { PublishedState } from './public-tender-view.ts';

// The glossary's names (GLOSSARY.md) for what the public tender pages show.

export const stateLabels: Record<PublishedState, () => string> = {
  published: m.tender_public_state_published,
  submissionClosed: m.tender_public_state_submission_closed,
  opened: m.tender_public_state_opened,
  evaluated: m.tender_public_state_evaluated,
  awarded: m.tender_public_state_awarded,
  cancelled: m.tender_public_state_cancelled,
};

/** The lot a question concerns, or the tender as a whole. */
export function lotLabel(lotNumber: number | null): string {
  return lotNumber === null
    ? m.tender_public_whole_tender()
    : m.tender_public_lot({ number: lotNumber });
}
