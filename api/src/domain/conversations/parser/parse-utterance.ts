import type { ConversationInput } from '@tenderwise/schema';
import { readChoices } from './choices.ts';
import { readComparison } from './comparison.ts';
import type { ParseContext, SlotKind } from './context.ts';
import { findMentions, mentionsOf, withMarkers } from './mentions.ts';
import { readCommand } from './navigation.ts';
import { simplify } from './normalize.ts';
import { readResultQuestion } from './result-questions.ts';
import { readValues } from './values.ts';
import { readWeights } from './weights.ts';
import { readYesNo } from './yes-no.ts';

export type { Named, ParseContext, ParseVocabulary, SlotKind } from './context.ts';

const unknown: ConversationInput = { intent: 'unknown' };

/** A turn that asks something ("warum Berlin?", "what about 4000?") is not an answer to the step. */
const asking =
  /^(warum|wieso|weshalb|wozu|wofur|was|wie|welche[rsmn]?|wer|why|what|how|which|who)\b/;

function asks(context: ParseContext, ...kinds: SlotKind[]): boolean {
  return !context.expects || kinds.some((kind) => context.expects!.includes(kind));
}

/**
 * What a typed turn means, without a language model: commands and yes/no first (they only match
 * a whole turn), then questions about results, pairwise judgements, weights, choices by name or
 * position, and values for the current step. A step that asks only for text takes any other
 * sentence as it is. Anything else is `unknown`, so the dialogue asks again instead of guessing.
 */
export function parseUtterance(text: string, context: ParseContext): ConversationInput {
  const simplified = simplify(text);
  if (!/[a-z0-9€%]/.test(simplified)) return unknown;

  const command = readCommand(simplified);
  if (command) return { intent: command };
  const yesNo = readYesNo(simplified);
  if (yesNo) return { intent: yesNo };

  const onlyText = context.expects?.length === 1 && context.expects[0] === 'text';
  if (onlyText) return { intent: 'answer', text: text.trim().slice(0, 4_000) };

  const { vocabulary } = context;
  const mentions = findMentions(simplified, [
    { kind: 'criterion', named: vocabulary.criteria },
    { kind: 'option', named: vocabulary.options },
    { kind: 'choice', named: vocabulary.choices },
    { kind: 'choice', named: vocabulary.templates },
  ]);
  const marked = withMarkers(simplified, mentions);
  const criteria = mentionsOf(mentions, 'criterion');

  if (asks(context, 'question')) {
    const question = readResultQuestion(
      marked,
      mentionsOf(mentions, 'option'),
      criteria,
      context.language,
    );
    if (question) return { intent: 'ask', question };
  }
  if (asks(context, 'comparison', 'weights')) {
    // Weights first: "Gewichtung: Preis 50 %, Leistung 50 %" names two criteria and a weight word.
    const weights = readWeights(marked, criteria, context.language);
    if (weights) return { intent: 'setWeights', weights };
    const comparison = readComparison(marked, criteria, vocabulary.criteria);
    if (comparison) return { intent: 'compare', comparison };
  }
  if (!asking.test(simplified)) {
    if (criteria.length === 0) {
      // Options name choices too where a step offers them ("Stackit" when picking a provider).
      const choosable = mentions.map((mention) =>
        mention.kind === 'option' ? { ...mention, kind: 'choice' as const } : mention,
      );
      const chosen = readChoices(simplified, marked, choosable, context);
      if (chosen) return { intent: 'choose', ...chosen };
    }
    const values = readValues(simplified, context);
    if (values) return { intent: 'answer', ...values };
  }
  if (context.expects?.includes('text'))
    return { intent: 'answer', text: text.trim().slice(0, 4_000) };
  return unknown;
}
