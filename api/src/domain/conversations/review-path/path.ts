import type { PathDefinition } from '../dialogue/types.ts';
import { basisStep } from './steps/basis-step.ts';
import { optionsStep } from './steps/options-step.ts';
import { questionStep } from './steps/question-step.ts';
import type { ReviewWorld } from './world.ts';

/**
 * From a committee's question to an options review: the question (title, purpose), the
 * reference date and the scheme to start from, and the options to compare. Creating the
 * options themselves is done on the review's pages.
 */
export const reviewPath: PathDefinition<ReviewWorld> = {
  path: 'optionsReview',
  steps: [questionStep, basisStep, optionsStep],
  greeting: {
    de: 'Ich helfe Ihnen, einen Optionenvergleich anzulegen: die Frage, die der Ausschuss entscheiden will, den Stichtag, das Wertungsschema als Ausgangspunkt und die Optionen. Nichts wird ohne Ihre Bestätigung angelegt; „warum?“ erklärt jeden Schritt, „zurück“ geht einen Schritt zurück.',
    en: 'I will help you set up an options review: the question the committee wants to decide, the reference date, the evaluation scheme to start from and the options. Nothing is created without your confirmation; “why?” explains each step, “back” goes one step back.',
  },
  done: {
    de: 'Der Optionenvergleich ist angelegt. Sie finden ihn unter „Optionenvergleiche“ (/reviews): Legen Sie dort die genannten Optionen an (Reiter „Optionen“), passen Sie das Wertungsschema an (Reiter „Wertungsschema“) und nehmen Sie die Mitglieder des Ausschusses auf.',
    en: 'The options review has been created. You find it under “Options reviews” (/reviews): create the options named there (tab “Options”), adapt the evaluation scheme (tab “Evaluation scheme”) and add the committee’s members.',
  },
};
