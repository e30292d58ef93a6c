import { z } from 'zod';
import { CalendarDate, Identifier } from '../evaluation/common.ts';
import { EuroAmount } from '../tenders/money.ts';

/**
 * What a person's turn in a conversation means, as the assistant acts on it. Free text becomes
 * one of these through the deterministic parser; a quick reply or an inline widget sends one
 * directly, so a click and a typed sentence take the same way through the dialogue.
 *
 * - `answer`: values for the current step, in the slots below (several at once are fine:
 *   "1,2 Mio. € über 4 Jahre" is an amount and a duration);
 * - `choose`: one of the choices the current step offers (`choice`), or several (`choices`);
 * - `confirm`, `decline`: yes and no, also to a proposed change;
 * - `back`, `next`: the previous step, or on without changing anything;
 * - `editScheme`: leave the dialogue for the scheme editor;
 * - `why`: why the step is asked and which rule applies;
 * - `compare`: a pairwise judgement between two criteria (`comparison`);
 * - `setWeights`: weights given directly, in percent (`weights`);
 * - `ask`: a question about an options review's results (`question`);
 * - `unknown`: nothing the assistant can act on; it asks again with examples, never guesses.
 */
export const conversationIntents = [
  'answer',
  'choose',
  'confirm',
  'decline',
  'back',
  'next',
  'editScheme',
  'why',
  'compare',
  'setWeights',
  'ask',
  'unknown',
] as const;
export type ConversationIntent = (typeof conversationIntents)[number];

/** An exact decimal written as a string ("0.5", "4000"), never a binary float. */
export const DecimalString = z
  .string()
  .regex(/^-?(0|[1-9]\d{0,15})(\.\d{1,10})?$/, 'a decimal number such as 4000 or 12.5')
  .meta({ id: 'DecimalString', examples: ['4000', '12.5'] });

/** What a counted number counts, where the words say so ("4.000 Arbeitsplätze", "64 GPUs"). */
export const countUnits = ['workplaces', 'users', 'gpus', 'lots', 'items'] as const;

/** Questions about an options review's results that the engine answers with its figures. */
export const resultQuestions = [
  'whyFirst',
  'whatIf',
  'robustness',
  'exposure',
  'overtake',
  'whyExcluded',
] as const;

/** The foreign laws the legal-exposure assessment names. */
export const exposureLaws = ['cloudAct', 'fisa702', 'sanctions', 'disconnection'] as const;

export const ResultQuestion = z
  .strictObject({
    kind: z.enum(resultQuestions),
    /** The option asked about ("Why is X first?", "What would X need …"). */
    optionId: Identifier.optional(),
    /** The option to overtake. */
    otherOptionId: Identifier.optional(),
    /** The criterion whose weight a what-if changes. */
    criterionId: Identifier.optional(),
    /** The weight the what-if gives it, in percent. */
    percent: DecimalString.optional(),
    law: z.enum(exposureLaws).optional(),
  })
  .meta({ id: 'ResultQuestion' });
export type ResultQuestion = z.output<typeof ResultQuestion>;

export const ConversationInput = z
  .strictObject({
    intent: z.enum(conversationIntents),
    choice: Identifier.optional(),
    choices: z.array(Identifier).max(100).optional(),
    /** Money in euro, net ("1,2 Mio. €" is 1200000). */
    amount: EuroAmount.optional(),
    /** A plain number without a unit the parser knows. */
    number: DecimalString.optional(),
    /** A counted quantity and what it counts. */
    count: z.strictObject({ value: z.int().min(0).max(1e12), unit: z.enum(countUnits) }).optional(),
    percent: DecimalString.optional(),
    date: CalendarDate.optional(),
    /** A time of day, 24 h ("12:00"). */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    /** A period: years and months ("4 Jahre", "48 months" is 4 years). */
    duration: z
      .strictObject({ years: z.int().min(0).max(100), months: z.int().min(0).max(11) })
      .optional(),
    /** Free text the step takes as it is (a subject, reasons, a justification). */
    text: z.string().trim().min(1).max(4_000).optional(),
    /** `more` is `factor` times as important as `less` (1 to 9, Saaty's scale; 1 is equal). */
    comparison: z
      .strictObject({ more: Identifier, less: Identifier, factor: z.int().min(1).max(9) })
      .optional(),
    weights: z
      .array(z.strictObject({ criterionId: Identifier, percent: DecimalString }))
      .min(1)
      .max(50)
      .optional(),
    question: ResultQuestion.optional(),
  })
  .meta({
    id: 'ConversationInput',
    description:
      'What a turn means: an intent and its values. Quick replies and widgets send it directly; ' +
      'free text is parsed into it.',
  });
export type ConversationInput = z.output<typeof ConversationInput>;
