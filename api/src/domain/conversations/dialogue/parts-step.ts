import type { ConversationInput, ConversationRule, ConversationText } from '@tenderwise/schema';
import type { Proposal, StepContext, StepDefinition, StepOutcome, StepQuestion } from './types.ts';

/** Values a step has collected so far, by part. */
export type Collected = Readonly<Record<string, unknown>>;

export type PartReading =
  | { value: unknown }
  /** The input is for this part but cannot be taken; say why. */
  | { reprompt: ConversationText }
  /** Nothing in the input for this part. */
  | null;

/**
 * One question of a step that asks several (the subject, then the Land, then the kind of
 * authority). Parts are asked in order; a part whose `needed` says no is passed over.
 */
export interface StepPart<W> {
  key: string;
  ask(context: StepContext<W>, collected: Collected): StepQuestion;
  read(input: ConversationInput, context: StepContext<W>, collected: Collected): PartReading;
  needed?(context: StepContext<W>, collected: Collected): boolean;
  /**
   * Whether this part takes its value from an answer to an earlier part as well ("1,2 Mio. €
   * über vier Jahre" answers the amount and the term at once).
   */
  alsoFromEarlierAnswers?: boolean;
}

export interface PartsStepDefinition<W> {
  id: string;
  title: ConversationText;
  why: ConversationText;
  rules: ConversationRule[];
  optional?: boolean;
  applies?(context: StepContext<W>): boolean;
  parts: readonly StepPart<W>[];
  /** Once every needed part has its value: the change to confirm. */
  propose(collected: Collected, context: StepContext<W>): Proposal | { reprompt: ConversationText };
}

function collectedOf(context: StepContext<unknown>): Collected {
  return (context.scratch as Collected | undefined) ?? {};
}

function openPart<W>(
  parts: readonly StepPart<W>[],
  context: StepContext<W>,
  collected: Collected,
): StepPart<W> | undefined {
  return parts.find(
    (part) => !(part.key in collected) && (part.needed?.(context, collected) ?? true),
  );
}

/** A step made of parts asked one after the other, proposing once all are answered. */
export function partsStep<W>(definition: PartsStepDefinition<W>): StepDefinition<W> {
  const { parts, propose, ...rest } = definition;
  return {
    ...rest,
    ask(context) {
      const collected = collectedOf(context);
      const part = openPart(parts, context, collected) ?? parts[parts.length - 1];
      if (part === undefined) throw new Error(`step ${definition.id} has no parts`);
      return part.ask(context, collected);
    },
    accept(input, context): StepOutcome {
      const collected = { ...collectedOf(context) };
      const part = openPart(parts, context, collected);
      if (part !== undefined) {
        const reading = part.read(input, context, collected);
        if (reading === null)
          return { kind: 'reprompt', text: notForPart(part, context, collected) };
        if ('reprompt' in reading) return { kind: 'reprompt', text: reading.reprompt };
        collected[part.key] = reading.value;
        for (const later of parts) {
          if (later === part || later.key in collected || later.alsoFromEarlierAnswers !== true)
            continue;
          const extra = later.read(input, context, collected);
          if (extra !== null && 'value' in extra) collected[later.key] = extra.value;
        }
        if (openPart(parts, context, collected) !== undefined) {
          return { kind: 'continue', scratch: collected };
        }
      } else {
        // Every part has its value (a proposal waits, or was declined): a new answer replaces
        // the values it gives, and the step proposes again.
        let read = false;
        for (const each of parts) {
          const reading = each.read(input, context, collected);
          if (reading !== null && 'value' in reading) {
            collected[each.key] = reading.value;
            read = true;
          }
        }
        const last = parts[parts.length - 1];
        if (!read && last !== undefined) {
          return { kind: 'reprompt', text: notForPart(last, context, collected) };
        }
      }
      const proposal = propose(collected, context);
      if ('reprompt' in proposal) return { kind: 'reprompt', text: proposal.reprompt };
      return { kind: 'propose', proposal: { ...proposal, answer: proposal.answer ?? collected } };
    },
  };
}

function notForPart<W>(part: StepPart<W>, context: StepContext<W>, collected: Collected) {
  const examples = part.ask(context, collected).examples;
  const listed = examples.map((e) => e).slice(0, 3);
  return {
    de: `Das passt nicht zu dieser Frage.${listed.length > 0 ? ` Zum Beispiel: ${listed.map((e) => `„${e.de}“`).join(', ')}.` : ''}`,
    en: `That does not answer this question.${listed.length > 0 ? ` For example: ${listed.map((e) => `“${e.en}”`).join(', ')}.` : ''}`,
  };
}
