import type {
  AddTenderTeamMemberInput,
  ConversationInput,
  ConversationRule,
  ConversationText,
  ConversationWidget,
  CreateOptionsReviewInput,
  CreateTenderFields,
  QuickReply,
  SaveTenderLotSchemeInput,
  SchemeSource,
  UpdateTenderDeadlinesInput,
  UpdateTenderInput,
} from '@tenderwise/schema';
import type { ParseVocabulary, SlotKind } from '../parser/context.ts';

/**
 * A guided dialogue is a path of steps. Each step asks one question, reads what the person
 * answers (already parsed into a `ConversationInput`) and either proposes a change, which waits
 * for confirmation, or asks again. The dialogue itself changes nothing: a confirmed proposal
 * hands its actions to the service layer, which runs them through the same verbs, policy rows
 * and audit entries as the pages do.
 */

/** A change the dialogue asks the service layer to make, once confirmed. */
export type ConversationAction =
  | { kind: 'createTender'; input: CreateTenderFields }
  /** `version` is filled in when the action runs. */
  | { kind: 'updateTender'; input: Omit<UpdateTenderInput, 'version'> }
  | { kind: 'saveLotScheme'; lotNumber: number; source: SaveTenderLotSchemeInput['source'] }
  | { kind: 'updateDeadlines'; input: Omit<UpdateTenderDeadlinesInput, 'version'> }
  | { kind: 'addTeamMember'; input: Omit<AddTenderTeamMemberInput, 'version'> }
  | { kind: 'requestPublication' }
  | { kind: 'createOptionsReview'; input: CreateOptionsReviewInput }
  /**
   * The first scheme version of the options review the preceding `createOptionsReview` made
   * (`saveSchemeVersion` with `basedOnVersion: null`): the template or blank scheme chosen.
   */
  | { kind: 'saveReviewScheme'; source: SchemeSource };

export type ActionKind = ConversationAction['kind'];

/** A proposed change: what the person is asked to confirm, and what confirming does. */
export interface Proposal {
  summary: ConversationText;
  changes: { label: ConversationText; value: ConversationText }[];
  actions: ConversationAction[];
  /** What the step keeps as its answer once confirmed (shown again when going back). */
  answer: unknown;
}

export interface PendingProposal extends Proposal {
  stepId: string;
}

/** Where a dialogue stands; stored as the conversation's state (JSON). */
export interface DialogueState {
  /** The step asked now; null when the path is done. */
  stepId: string | null;
  /** Confirmed answers by step. */
  answers: Record<string, unknown>;
  /** Steps confirmed or passed over, in order: "back" returns to the last of them. */
  done: string[];
  pending: PendingProposal | null;
  /** A step's work in progress (the pairwise judgements so far), by step. */
  scratch: Record<string, unknown>;
}

/** What a step sees: the world as it is now (the tender, its scheme …) and the dialogue so far. */
export interface StepContext<W> {
  world: W;
  answers: Readonly<Record<string, unknown>>;
  /** This step's confirmed answer, when the person came back to it. */
  answer: unknown;
  /** This step's work in progress. */
  scratch: unknown;
  language: 'de' | 'en';
}

/** The question a step asks now, and how its answer is read. */
export interface StepQuestion {
  text: ConversationText;
  quickReplies: QuickReply[];
  widget: ConversationWidget | null;
  examples: ConversationText[];
  vocabulary: ParseVocabulary;
  expects: readonly SlotKind[];
}

export type StepOutcome =
  /** A change to confirm. */
  | { kind: 'propose'; proposal: Proposal }
  /** Stay on the step with new work in progress and ask again (the next pairwise comparison). */
  | { kind: 'continue'; scratch: unknown; text?: ConversationText }
  /** Not understood or not acceptable: say why, with examples, and ask again. */
  | { kind: 'reprompt'; text: ConversationText };

export interface StepDefinition<W> {
  id: string;
  title: ConversationText;
  /** Why the step is asked. */
  why: ConversationText;
  /** The rules that apply, with their sources. */
  rules: ConversationRule[];
  /** Whether the step applies now; one that does not is passed over. Default: it does. */
  applies?(context: StepContext<W>): boolean;
  /** Whether "next" may pass it over unanswered. Default: no. */
  optional?: boolean;
  ask(context: StepContext<W>): StepQuestion;
  accept(input: ConversationInput, context: StepContext<W>): StepOutcome;
}

export interface PathDefinition<W> {
  path: 'tender' | 'optionsReview' | 'results';
  steps: readonly StepDefinition<W>[];
  /** Said first: what the path does and how to talk to it. */
  greeting: ConversationText;
  /** Said when the last step is done. */
  done: ConversationText;
}
