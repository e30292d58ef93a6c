import type {
  AssistantMessage,
  ConversationPrompt,
  ConversationText,
  QuickReply,
} from '@tenderwise/schema';
import { contextOf, stepOf } from './advance.ts';
import { dialogueTexts, joinTexts } from './texts.ts';
import type { DialogueState, PathDefinition, StepQuestion } from './types.ts';

export interface Presented {
  steps: { id: string; title: ConversationText; status: 'done' | 'current' | 'open' }[];
  question: StepQuestion | null;
  prompt: ConversationPrompt;
  /** The step's question as a message, for the transcript. */
  message: AssistantMessage;
}

const yes: QuickReply = {
  label: { de: 'Ja, übernehmen', en: 'Yes, apply' },
  input: { intent: 'confirm' },
};
const no: QuickReply = { label: { de: 'Nein', en: 'No' }, input: { intent: 'decline' } };
const back: QuickReply = { label: { de: 'Zurück', en: 'Back' }, input: { intent: 'back' } };
const why: QuickReply = { label: { de: 'Warum?', en: 'Why?' }, input: { intent: 'why' } };

/** What the person sees now: the steps, the question with its replies, a pending proposal. */
export function present<W>(
  path: PathDefinition<W>,
  state: DialogueState,
  world: W,
  language: 'de' | 'en',
): Presented {
  const step = stepOf(path, state.stepId);
  const steps = path.steps
    .filter(
      (s) =>
        s.id === state.stepId ||
        s.applies === undefined ||
        s.applies(contextOf(s, state, world, language)),
    )
    .map((s) => ({
      id: s.id,
      title: s.title,
      status:
        s.id === state.stepId
          ? ('current' as const)
          : state.done.includes(s.id)
            ? ('done' as const)
            : ('open' as const),
    }));
  if (step === undefined) {
    return {
      steps,
      question: null,
      prompt: {
        quickReplies: state.done.length > 0 ? [back] : [],
        widget: null,
        proposal: null,
        examples: [],
      },
      message: { kind: 'done', text: path.done },
    };
  }
  const question = step.ask(contextOf(step, state, world, language));
  const pending = state.pending?.stepId === step.id ? state.pending : null;
  const navigation = state.done.length > 0 ? [why, back] : [why];
  const prompt: ConversationPrompt = {
    quickReplies:
      pending === null ? [...question.quickReplies, ...navigation] : [yes, no, ...navigation],
    widget: pending === null ? question.widget : null,
    proposal: pending === null ? null : { summary: pending.summary, changes: pending.changes },
    examples: question.examples,
  };
  const position = path.steps.indexOf(step) + 1;
  const heading: ConversationText = {
    de: `Schritt ${position} von ${path.steps.length}: ${step.title.de}.`,
    en: `Step ${position} of ${path.steps.length}: ${step.title.en}.`,
  };
  return {
    steps,
    question,
    prompt,
    message: {
      kind: 'prompt',
      text: joinTexts(heading, question.text),
      why: step.why,
      rules: step.rules,
    },
  };
}

/** The re-prompt for input nobody could read: what was asked, with examples. */
export function notUnderstood(question: StepQuestion | null): AssistantMessage {
  const examples = question?.examples ?? [];
  const listed =
    examples.length === 0
      ? dialogueTexts.notUnderstood
      : joinTexts(dialogueTexts.notUnderstood, dialogueTexts.examplesIntro, {
          de: examples.map((e) => `„${e.de}“`).join(', '),
          en: examples.map((e) => `“${e.en}”`).join(', '),
        });
  return { kind: 'reprompt', text: listed };
}
