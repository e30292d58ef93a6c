import { ConversationInput, ConversationTurnInput } from '@tenderwise/schema';
import { textField } from '#lib/forms/form-data.ts';
import { formError, type FormErrors } from '#lib/forms/form-errors.ts';
import { m } from '#lib/paraglide/messages.js';
import { saatyComparison, saatyPoint } from './saaty-scale.ts';
import { saatyTurnLabel } from './saaty-labels.ts';
import { decimalOfWeight, readWeight } from './weight-shares.ts';

// Reads the chat's forms into the turn the API takes: typed text, a quick reply, or one of the
// inline widgets. Each widget form carries the titles it showed, so the person's turn reads in
// the transcript as they saw it. What is sent is checked against the contract here already, so
// a form the page could not have produced gets the page's own message, not the API's English.

export type TurnReading =
  { ok: true; turn: ConversationTurnInput } | { ok: false; errors: FormErrors };

/** A label is at most 500 characters (ConversationTurnInput); a longer one is cut short. */
const labelLimit = 500;

function shortened(label: string): string {
  const trimmed = label.trim();
  return trimmed.length <= labelLimit ? trimmed : `${trimmed.slice(0, labelLimit - 1)}…`;
}

function checked(turn: unknown, invalid: FormErrors): TurnReading {
  const parsed = ConversationTurnInput.safeParse(turn);
  return parsed.success ? { ok: true, turn: parsed.data } : { ok: false, errors: invalid };
}

const unreadable = () => formError('assistant_turn_unreadable');

/** Free text, parsed by the API. */
export function textTurn(data: FormData): TurnReading {
  const text = textField(data, 'text').trim();
  if (text === '')
    return {
      ok: false,
      errors: { form: null, fields: { text: [{ key: 'form_field_required' }] } },
    };
  if (text.length > 2_000) {
    return {
      ok: false,
      errors: { form: null, fields: { text: [{ key: 'assistant_text_too_long' }] } },
    };
  }
  return checked({ text }, unreadable());
}

/** A quick reply: the input it stands for, as the page received it, and its label. */
export function replyTurn(data: FormData): TurnReading {
  let input: unknown;
  try {
    input = JSON.parse(textField(data, 'input'));
  } catch {
    return { ok: false, errors: unreadable() };
  }
  if (!ConversationInput.safeParse(input).success) return { ok: false, errors: unreadable() };
  return checked({ input, label: shortened(textField(data, 'label')) }, unreadable());
}

/** One pairwise comparison on Saaty's scale. */
export function compareTurn(data: FormData): TurnReading {
  const point = saatyPoint(textField(data, 'scale'));
  if (point === null) {
    return {
      ok: false,
      errors: { form: null, fields: { scale: [{ key: 'assistant_compare_required' }] } },
    };
  }
  const [a, b] = [textField(data, 'a'), textField(data, 'b')];
  const comparison = saatyComparison(point, a, b);
  const label = saatyTurnLabel(point, textField(data, 'aTitle'), textField(data, 'bTitle'));
  return checked(
    { input: { intent: 'compare', comparison }, label: shortened(label) },
    unreadable(),
  );
}

/** The named fields' ids and values, in the order the form sent them: `weight:<id>`. */
function prefixed(data: FormData, prefix: string): [string, string][] {
  const found: [string, string][] = [];
  for (const [name, value] of data) {
    if (name.startsWith(prefix) && typeof value === 'string')
      found.push([name.slice(prefix.length), value]);
  }
  return found;
}

/** The weights of the sliders, as they stand: the API normalises them. */
export function weightsTurn(data: FormData): TurnReading {
  const fields = prefixed(data, 'weight:');
  const weights = fields.map(([criterionId, text]) => ({ criterionId, weight: readWeight(text) }));
  const invalid = weights
    .filter((entry) => entry.weight === null)
    .map((entry) => entry.criterionId);
  if (fields.length === 0) return { ok: false, errors: unreadable() };
  if (invalid.length > 0) {
    return {
      ok: false,
      errors: {
        form: null,
        fields: Object.fromEntries(
          invalid.map((id) => [`weight:${id}`, [{ key: 'assistant_weight_invalid' as const }]]),
        ),
      },
    };
  }
  if (weights.every((entry) => entry.weight === 0))
    return { ok: false, errors: formError('assistant_weights_all_zero') };
  const label = m.assistant_weights_turn({
    weights: weights
      .map(
        (entry) =>
          `${textField(data, `title:${entry.criterionId}`)} ${decimalOfWeight(entry.weight!)}`,
      )
      .join(', '),
  });
  return checked(
    {
      input: {
        intent: 'setWeights',
        weights: weights.map((entry) => ({
          criterionId: entry.criterionId,
          percent: decimalOfWeight(entry.weight!),
        })),
      },
      label: shortened(label),
    },
    unreadable(),
  );
}

/** The ticked items of a checklist; none ticked is an answer too. */
export function chooseTurn(data: FormData): TurnReading {
  const choices = data
    .getAll('choice')
    .filter((value): value is string => typeof value === 'string');
  const titles = choices.map((id) => textField(data, `title:${id}`) || id);
  const label =
    titles.length === 0
      ? m.assistant_checklist_none_turn()
      : m.assistant_checklist_turn({ items: titles.join(', ') });
  return checked({ input: { intent: 'choose', choices }, label: shortened(label) }, unreadable());
}
