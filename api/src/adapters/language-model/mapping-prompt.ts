import { countUnits, exposureLaws, resultQuestions } from '@tenderwise/schema';
import type { ChatMessage } from './chat-client.ts';
import type { MappingContext, MappingName } from './mapping-context.ts';

/**
 * The instructions for mapping one utterance: the intents, the slot formats and the names the
 * step knows, with the rule that only what the person said is mapped. The person's words go in
 * a message of their own, so they are read as data, and whatever comes back is checked anyway.
 */
export function mappingMessages(text: string, context: MappingContext): ChatMessage[] {
  const lines = [
    'You map one message of a person filling in a German public procurement form to a JSON object.',
    'Reply with exactly one JSON object and nothing else.',
    'Map only what the message says. Never add values, weights, scores or facts it does not state.',
    'If the message does not clearly say one of the intents below, reply {"intent":"unknown"}.',
    '',
    'Intents (field "intent") and the fields each may carry:',
    '- "answer": values for the current question, in one or more of: amount, number, count, percent, date, time, duration, text',
    '- "choose": "choice" (one id) or "choices" (several ids) from the lists below',
    '- "confirm" / "decline": yes / no; no other fields',
    '- "back", "next", "editScheme" (open the scheme editor), "why" (why is this asked): no other fields',
    '- "compare": "comparison": {"more": criterion id, "less": criterion id, "factor": integer 1-9}, "more" being factor times as important',
    '- "setWeights": "weights": [{"criterionId": criterion id, "percent": decimal string}], only the weights the message states',
    `- "ask": "question": {"kind": one of ${list(resultQuestions)}, optional "optionId", "otherOptionId" (option ids), "criterionId", "percent", "law": one of ${list(exposureLaws)}}`,
    '',
    'Field formats:',
    '- amount: euro, net, decimal string with at most 2 decimals and a dot, e.g. "1,2 Mio. €" is "1200000"',
    '- number, percent: decimal string with a dot, e.g. "12.5"',
    `- count: {"value": integer, "unit": one of ${list(countUnits)}}`,
    '- date: "YYYY-MM-DD"; time: "HH:MM" (24 h); duration: {"years": integer, "months": integer 0-11}',
    '- text: the words the person gave, as they are',
    'Leave out every field that does not apply.',
    '',
    `The person writes in ${context.language === 'de' ? 'German' : 'English'}.`,
  ];
  if (context.today) lines.push(`Today is ${context.today}.`);
  if (context.expects) {
    lines.push(`The current question asks for: ${context.expects.join(', ')}.`);
  }
  const vocabulary: [string, readonly MappingName[] | undefined][] = [
    ['Choices of the current question', context.vocabulary.choices],
    ['Templates', context.vocabulary.templates],
    ['Criteria', context.vocabulary.criteria],
    ['Options', context.vocabulary.options],
  ];
  for (const [title, names] of vocabulary) {
    if (!names || names.length === 0) continue;
    lines.push('', `${title} (id: names):`);
    for (const named of names) lines.push(`- ${named.id}: ${named.names.join(' | ')}`);
  }
  lines.push('', 'Use only these ids.');
  return [
    { role: 'system', content: lines.join('\n') },
    { role: 'user', content: text },
  ];
}

function list(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
