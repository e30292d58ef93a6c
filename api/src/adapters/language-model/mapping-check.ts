import { ConversationInput } from '@tenderwise/schema';
import type { MappingContext } from './mapping-context.ts';
import { canonicalDecimal, typedValues } from './numbers.ts';

type Slot = Exclude<keyof ConversationInput, 'intent'>;

/** The slots each intent carries; an intent not listed carries none. */
const slotsOf: Partial<Record<ConversationInput['intent'], readonly Slot[]>> = {
  answer: ['amount', 'number', 'count', 'percent', 'date', 'time', 'duration', 'text'],
  choose: ['choice', 'choices'],
  compare: ['comparison'],
  setWeights: ['weights'],
  ask: ['question'],
};

/**
 * A model's reply as an input the dialogue may act on, or null. Beyond the schema, it must be
 * one the step can take: one intent with its own slots only, slot kinds the step asks for, ids
 * from the step's vocabulary (criteria where criteria are meant, options where options are),
 * percentages the person typed, so no weight is made up, and free text taken from their words. "unknown" is null: the parser's own
 * reading stands.
 */
export function checkedMapping(
  reply: unknown,
  context: MappingContext,
  text: string,
): ConversationInput | null {
  const parsed = ConversationInput.safeParse(withoutNulls(reply));
  if (!parsed.success) return null;
  const input = parsed.data;
  if (input.intent === 'unknown') return null;

  const present = (Object.keys(input) as (keyof ConversationInput)[]).filter(
    (key): key is Slot => key !== 'intent' && input[key] !== undefined,
  );
  const allowed = slotsOf[input.intent] ?? [];
  if (present.some((slot) => !allowed.includes(slot))) return null;
  if (allowed.length > 0 && present.length === 0) return null;

  if (context.expects !== undefined) {
    const kinds: string[] =
      input.intent === 'confirm' || input.intent === 'decline' ? ['yesNo'] : present;
    if (kinds.some((kind) => !context.expects!.includes(kind))) return null;
  }

  const { vocabulary } = context;
  const ids = (...lists: (readonly { id: string }[] | undefined)[]) =>
    new Set(lists.flatMap((list) => (list ?? []).map((named) => named.id)));
  const anything = ids(
    vocabulary.choices,
    vocabulary.templates,
    vocabulary.options,
    vocabulary.criteria,
  );
  const criteria = ids(vocabulary.criteria);
  const options = ids(vocabulary.options);
  const named: [string | undefined, Set<string>][] = [
    [input.choice, anything],
    ...(input.choices ?? []).map((id): [string, Set<string>] => [id, anything]),
    [input.comparison?.more, criteria],
    [input.comparison?.less, criteria],
    ...(input.weights ?? []).map((weight): [string, Set<string>] => [weight.criterionId, criteria]),
    [input.question?.optionId, options],
    [input.question?.otherOptionId, options],
    [input.question?.criterionId, criteria],
  ];
  if (named.some(([id, known]) => id !== undefined && !known.has(id))) return null;
  if (input.comparison && input.comparison.more === input.comparison.less) return null;
  const weighted = (input.weights ?? []).map((weight) => weight.criterionId);
  if (new Set(weighted).size !== weighted.length) return null;
  if (input.text !== undefined && !squeezed(text).includes(squeezed(input.text))) return null;

  const typed = typedValues(text);
  const percents = [
    input.percent,
    input.question?.percent,
    ...(input.weights ?? []).map((weight) => weight.percent),
  ];
  if (percents.some((value) => value !== undefined && !typed.has(canonicalDecimal(value) ?? ''))) {
    return null;
  }
  return input;
}

/** Models often spell an absent slot as null; the schema wants it left out. */
function withoutNulls(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return reply;
  return Object.fromEntries(Object.entries(reply).filter(([, value]) => value !== null));
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
