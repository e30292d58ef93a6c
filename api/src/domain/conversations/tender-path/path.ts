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
  greeting: {
    de: 'Ich führe Sie vom Bedarf zu einer freigabereifen Ausschreibung, Schritt für Schritt in der Reihenfolge einer Vergabestelle. Zu jedem Schritt sage ich, warum er nötig ist und welche Regel gilt („warum?“). Sie können jederzeit „zurück“ sagen, Antworten ändern, später weitermachen oder das Wertungsschema direkt bearbeiten. Nichts wird ohne Ihre Bestätigung geändert.',
    en: 'I will take you from your need to a tender ready for approval, step by step in the order a contracting authority works. For each step I say why it is needed and which rule applies (“why?”). At any time you can say “back”, change an answer, continue later or edit the scheme directly. Nothing changes without your confirmation.',
  },
  done: {
    de: 'Der Entwurf ist zur Freigabe vorgelegt. Eine zweite Beschaffungsperson prüft und gibt ihn frei (Vier-Augen-Prinzip).',
    en: 'The draft has been handed over for approval. A second officer checks and approves it (four-eyes principle).',
  },
};
