import type { ConversationInput } from '@tenderwise/schema';
import type { Named } from '../../../parser/context.ts';
import { namedIn } from './named.ts';

/** What a turn does to a keep-or-remove list. */
export type ChecklistEdit =
  /** The checklist widget sent the items to keep; the others go. */
  | { kind: 'keepOnly'; kept: string[] }
  | { kind: 'remove'; ids: string[] }
  | { kind: 'restore'; ids: string[] }
  /** A removal or restoration without a name the list knows. */
  | { kind: 'unnamed' };

const removalWords =
  /(^|[^\p{L}])(ohne|entfernen?|entfernt|streichen?|gestrichen|weg|raus|keine?n?|nicht|remove|without|drop|delete|no|not)($|[^\p{L}])/iu;
const restoreWords =
  /(^|[^\p{L}])(doch|behalten|behalte|wieder|zurück|nicht (entfernen|streichen)|keep|restore|put back|include|(don't|do not) remove)($|[^\p{L}])/iu;

/** The ids an input names: chosen, or written in its text. */
export function idsIn(input: ConversationInput, named: readonly Named[]): string[] {
  const known = new Set(named.map((item) => item.id));
  const chosen = [...(input.choices ?? []), ...(input.choice === undefined ? [] : [input.choice])];
  const written = input.text === undefined ? [] : namedIn(input.text, named);
  return [...new Set([...chosen, ...written])].filter((id) => known.has(id));
}

/**
 * Reads a keep-or-remove turn: the widget's checked items, "ohne C5", "remove ODF", "doch mit
 * C5", or a "no" to named items. Null when the turn is about something else.
 */
export function readChecklistEdit(
  input: ConversationInput,
  named: readonly Named[],
): ChecklistEdit | null {
  const known = new Set(named.map((item) => item.id));
  // The widget sends the ids it lists, and only those; anything else is not a list of what stays.
  if (
    input.intent === 'choose' &&
    input.choices !== undefined &&
    input.text === undefined &&
    input.choices.every((id) => known.has(id))
  ) {
    return { kind: 'keepOnly', kept: input.choices };
  }
  const ids = idsIn(input, named);
  const text = input.text ?? '';
  const restoring = restoreWords.test(text);
  const removing = input.intent === 'decline' || (!restoring && removalWords.test(text));
  if (!restoring && !removing) return null;
  if (ids.length === 0) return { kind: 'unnamed' };
  return restoring ? { kind: 'restore', ids } : { kind: 'remove', ids };
}
