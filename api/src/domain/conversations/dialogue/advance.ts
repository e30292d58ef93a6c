import type { AssistantMessage, ConversationInput, ConversationText } from '@tenderwise/schema';
import { dialogueTexts, joinTexts } from './texts.ts';
import type {
  ConversationAction,
  DialogueState,
  PathDefinition,
  StepContext,
  StepDefinition,
} from './types.ts';

/** What one turn did: the new state, what the assistant says, and the actions to run now. */
export interface TurnResult {
  state: DialogueState;
  messages: AssistantMessage[];
  /** Confirmed actions, to be run before the state is kept; empty when nothing changes. */
  actions: ConversationAction[];
  /** Whether the step's question is asked again (a new step, or the next comparison). */
  ask: boolean;
}

export function initialState<W>(path: Pick<PathDefinition<W>, 'steps'>): DialogueState {
  return { stepId: path.steps[0]?.id ?? null, answers: {}, done: [], pending: null, scratch: {} };
}

export function stepOf<W>(path: PathDefinition<W>, stepId: string | null) {
  return stepId === null ? undefined : path.steps.find((step) => step.id === stepId);
}

export function contextOf<W>(
  step: StepDefinition<W>,
  state: DialogueState,
  world: W,
  language: 'de' | 'en',
): StepContext<W> {
  return {
    world,
    answers: state.answers,
    answer: state.answers[step.id],
    scratch: state.scratch[step.id],
    language,
  };
}

const say = (kind: AssistantMessage['kind'], text: ConversationText): AssistantMessage => ({
  kind,
  text,
});

/**
 * One turn of a dialogue. Navigation (`back`, `next`, `why`, `editScheme`) and the answer to a
 * pending proposal (`confirm`, `decline`) are the dialogue's; everything else is the current
 * step's to read. A confirmation returns the proposal's actions and moves to the next step that
 * applies, which `settle` finds once the actions have changed the world.
 */
export function advance<W>(
  path: PathDefinition<W>,
  state: DialogueState,
  input: ConversationInput,
  world: W,
  language: 'de' | 'en',
  editorLink?: string,
): TurnResult {
  const step = stepOf(path, state.stepId);
  const unchanged = { state, actions: [], ask: false };
  if (step === undefined) {
    if (input.intent === 'back' && state.done.length > 0) return goBack(state);
    return { ...unchanged, messages: [say('done', dialogueTexts.finished)] };
  }
  switch (input.intent) {
    case 'why':
      return {
        ...unchanged,
        messages: [{ kind: 'info', text: step.why, rules: step.rules }],
      };
    case 'back':
      if (state.done.length === 0) {
        return { ...unchanged, messages: [say('info', dialogueTexts.firstStep)] };
      }
      return goBack(state);
    case 'editScheme':
      return {
        ...unchanged,
        messages: [
          editorLink === undefined
            ? say('info', dialogueTexts.noEditor)
            : {
                kind: 'info',
                text: dialogueTexts.editor,
                link: { href: editorLink, label: dialogueTexts.editorLink },
              },
        ],
      };
    case 'next':
      if (state.pending !== null) break;
      if (step.id in state.answers) {
        return {
          state: moveOn(state, step.id),
          messages: [say('info', dialogueTexts.keptAnswer)],
          actions: [],
          ask: true,
        };
      }
      if (step.optional === true) {
        return {
          state: moveOn({ ...state, answers: { ...state.answers, [step.id]: null } }, step.id),
          messages: [say('info', dialogueTexts.skipped)],
          actions: [],
          ask: true,
        };
      }
      return { ...unchanged, messages: [say('reprompt', dialogueTexts.stepNeeded)] };
    case 'confirm':
      if (state.pending !== null && state.pending.stepId === step.id) {
        const { pending } = state;
        const scratch = { ...state.scratch };
        delete scratch[step.id];
        return {
          state: moveOn(
            {
              ...state,
              answers: { ...state.answers, [step.id]: pending.answer },
              pending: null,
              scratch,
            },
            step.id,
          ),
          messages: [say('applied', dialogueTexts.applied)],
          actions: pending.actions,
          ask: true,
        };
      }
      break;
    case 'decline':
      if (state.pending !== null) {
        return {
          state: { ...state, pending: null },
          messages: [say('info', dialogueTexts.declined)],
          actions: [],
          ask: false,
        };
      }
      break;
    default:
      break;
  }
  const outcome = step.accept(input, contextOf(step, state, world, language));
  switch (outcome.kind) {
    case 'propose':
      return {
        state: { ...state, pending: { ...outcome.proposal, stepId: step.id } },
        messages: [
          {
            kind: 'proposal',
            text: joinTexts(outcome.proposal.summary, dialogueTexts.confirmPending),
          },
        ],
        actions: [],
        ask: false,
      };
    case 'continue':
      return {
        state: {
          ...state,
          pending: null,
          scratch: { ...state.scratch, [step.id]: outcome.scratch },
        },
        messages: outcome.text === undefined ? [] : [say('info', outcome.text)],
        actions: [],
        ask: true,
      };
    case 'reprompt':
      return { ...unchanged, messages: [say('reprompt', outcome.text)] };
  }
}

/** Marks `stepId` done and leaves it; `settle` finds the step that comes next. */
function moveOn(state: DialogueState, stepId: string): DialogueState {
  return {
    ...state,
    done: [...state.done.filter((id) => id !== stepId), stepId],
    pending: null,
    // The step after it is found by `settle`, which knows what applies in the changed world.
    stepId: `${stepId}>`,
  };
}

function goBack(state: DialogueState): TurnResult {
  const done = state.done.slice(0, -1);
  const previous = state.done[state.done.length - 1] ?? null;
  return {
    state: { ...state, done, stepId: previous, pending: null },
    messages: [],
    actions: [],
    ask: true,
  };
}

/**
 * Resolves "the step after X" (left by a confirmation or a skip) to the next step that applies
 * in the world as it is now, or null at the end of the path.
 */
export function settle<W>(
  path: PathDefinition<W>,
  state: DialogueState,
  world: W,
  language: 'de' | 'en',
): DialogueState {
  if (state.stepId === null || !state.stepId.endsWith('>')) return state;
  const after = state.stepId.slice(0, -1);
  const index = path.steps.findIndex((step) => step.id === after);
  for (const step of path.steps.slice(index + 1)) {
    if (state.done.includes(step.id) && step.id in state.answers) continue;
    if (step.applies === undefined || step.applies(contextOf(step, state, world, language))) {
      return { ...state, stepId: step.id };
    }
  }
  return { ...state, stepId: null };
}
