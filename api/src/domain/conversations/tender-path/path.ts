import type { PathDefinition } from '../dialogue/types.ts';
import { completionSteps } from './steps/completion-steps.ts';
import { procedureSteps } from './steps/procedure-steps.ts';
import { schemeSteps } from './steps/scheme-steps.ts';
import type { TenderWorld } from './world.ts';

/**
 * From a need to a tender ready for four-eyes approval, in the order a Vergabestelle works:
 * the procedure first (subject, value and regime, in-house and frameworks, lots, procedure
 * type, protection needs), then the scheme (minimum requirements, suitability, award criteria
 * and weights, scales, price, variants), then deadlines, team, panel and the review.
 */
export const tenderPath: PathDefinition<TenderWorld> = {
  path: 'tender',
  steps: [...procedureSteps, ...schemeSteps, ...completionSteps],
  done: {
    de: 'Der Entwurf ist zur Freigabe vorgelegt. Eine zweite Beschaffungsperson prüft und gibt ihn frei (Vier-Augen-Prinzip).',
    en: 'The draft has been handed over for approval. A second officer checks and approves it (four-eyes principle).',
  },
};
