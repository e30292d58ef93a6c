import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { Identifier } from '../evaluation/common.ts';
import { PriceFormula } from '../evaluation/method.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { ConversationInput, DecimalString } from './input.ts';

/**
 * Conversations with the assistant (ADR 0039): a guided dialogue that prepares a tender or an
 * options review, or answers questions about an options review's results. Every text the
 * assistant says is in German and English, so the transcript reads in either language.
 */

/** A text of the assistant in both languages; longer than a criterion's title may be. */
export const ConversationText = z
  .strictObject({ de: z.string().min(1).max(8_000), en: z.string().min(1).max(8_000) })
  .meta({ id: 'ConversationText' });
export type ConversationText = z.output<typeof ConversationText>;

export const conversationPaths = ['tender', 'optionsReview', 'results', 'officialResult'] as const;
export const ConversationPath = z.enum(conversationPaths).meta({
  id: 'ConversationPath',
  description:
    '`tender`: from a need to a tender ready for four-eyes approval; `optionsReview`: from a ' +
    'need to an options review; `results`: questions about an options review’s results; ' +
    '`officialResult`: questions about the official result of a tender’s lot',
});
export type ConversationPath = z.output<typeof ConversationPath>;

export const conversationLanguages = ['de', 'en'] as const;
export const ConversationLanguage = z.enum(conversationLanguages);

export const conversationStatuses = ['open', 'handedOver', 'closed'] as const;
export const ConversationStatus = z.enum(conversationStatuses).meta({
  id: 'ConversationStatus',
  description:
    '`open`: the dialogue goes on; `handedOver`: its tender was handed over for approval or its ' +
    'review created, and the dialogue is done; `closed`: ended by its user',
});

/** A rule the assistant applies, with where it is written. */
export const ConversationRule = z.strictObject({
  text: ConversationText,
  /** The paragraph or document ("§ 3 Abs. 1 VgV", "UfAB 2018, 4.21.3"). */
  source: z.string().min(1).max(300),
});
export type ConversationRule = z.output<typeof ConversationRule>;

/** A figure of the engine that an answer quotes: label and the value as the engine gave it. */
export const ConversationFigure = z.strictObject({
  label: ConversationText,
  value: z.string().min(1).max(100),
});
export type ConversationFigure = z.output<typeof ConversationFigure>;

export const assistantMessageKinds = [
  'prompt',
  'reprompt',
  'proposal',
  'applied',
  'answer',
  'info',
  'done',
] as const;

/**
 * One message of the assistant. `prompt` asks a step's question; `reprompt` says what was not
 * understood, with examples; `proposal` says what will change and waits for confirmation;
 * `applied` reports a confirmed change; `answer` answers a question with the engine's figures.
 */
export const AssistantMessage = z
  .strictObject({
    kind: z.enum(assistantMessageKinds),
    text: ConversationText,
    /** Why the step asks this. */
    why: ConversationText.optional(),
    rules: z.array(ConversationRule).max(20).optional(),
    figures: z.array(ConversationFigure).max(50).optional(),
    /** Where to see more: a chart of the results, the scheme editor, the tender. */
    link: z.strictObject({ href: z.string().min(1).max(500), label: ConversationText }).optional(),
  })
  .meta({ id: 'AssistantMessage' });
export type AssistantMessage = z.output<typeof AssistantMessage>;

export const ConversationTurn = z
  .discriminatedUnion('speaker', [
    z.strictObject({
      number: z.int().min(1),
      speaker: z.literal('user'),
      /** What the person typed, or the label of the reply they chose. */
      text: z.string(),
      /** How the assistant understood it. */
      input: ConversationInput,
      createdAt: Timestamp,
    }),
    z.strictObject({
      number: z.int().min(1),
      speaker: z.literal('assistant'),
      message: AssistantMessage,
      /** The step the message belongs to, if any. */
      stepId: Identifier.nullable(),
      createdAt: Timestamp,
    }),
  ])
  .meta({ id: 'ConversationTurn' });
export type ConversationTurn = z.output<typeof ConversationTurn>;

/** A reply offered as a button: its label and what it sends. */
export const QuickReply = z
  .strictObject({ label: ConversationText, input: ConversationInput })
  .meta({ id: 'QuickReply' });
export type QuickReply = z.output<typeof QuickReply>;

const CriterionRef = z.strictObject({ id: Identifier, title: ConversationText });

/**
 * An inline control for the current step. `pairwise`: one comparison of two criteria on Saaty's
 * scale, sent as `compare`; `weights`: sliders whose values are sent as `setWeights` (the page
 * shows them normalised to 100 % as they move); `checklist`: several of a list, sent as
 * `choose` with `choices`; `pricePreview`: how many points a dearer bid loses under each formula;
 * `schemePreview`: the draft scheme, shown from `draft.scheme`.
 */
export const ConversationWidget = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('pairwise'),
      a: CriterionRef,
      b: CriterionRef,
      /** Which comparison this is, of how many. */
      pair: z.int().min(1),
      of: z.int().min(1),
    }),
    z.strictObject({
      kind: z.literal('weights'),
      criteria: z
        .array(CriterionRef.extend({ percent: DecimalString }))
        .min(1)
        .max(50),
    }),
    z.strictObject({
      kind: z.literal('checklist'),
      items: z
        .array(z.strictObject({ id: Identifier, label: ConversationText, checked: z.boolean() }))
        .min(1)
        .max(200),
    }),
    z.strictObject({
      kind: z.literal('pricePreview'),
      /** Points of the price criterion. */
      maxPoints: DecimalString,
      formulas: z
        .array(
          z.strictObject({
            formula: PriceFormula,
            /** Points earned by a bid this many percent dearer than the cheapest. */
            points: z
              .array(z.strictObject({ abovePercent: z.int().min(0), points: DecimalString }))
              .min(2)
              .max(50),
          }),
        )
        .min(1)
        .max(5),
    }),
    z.strictObject({ kind: z.literal('schemePreview') }),
  ])
  .meta({ id: 'ConversationWidget' });
export type ConversationWidget = z.output<typeof ConversationWidget>;

/** What the assistant waits for now. */
export const ConversationPrompt = z
  .strictObject({
    quickReplies: z.array(QuickReply).max(30),
    widget: z.union([ConversationWidget, z.null()]),
    /** A change waiting for confirmation: nothing changes before `confirm`. */
    proposal: z
      .strictObject({
        summary: ConversationText,
        changes: z.array(z.strictObject({ label: ConversationText, value: ConversationText })),
      })
      .nullable(),
    /** Examples of what may be typed at this step. */
    examples: z.array(ConversationText).max(10),
  })
  .meta({ id: 'ConversationPrompt' });
export type ConversationPrompt = z.output<typeof ConversationPrompt>;

export const ConversationStep = z
  .strictObject({
    id: Identifier,
    title: ConversationText,
    /** `done`: answered and confirmed; `current`; `open`: still to come. */
    status: z.enum(['done', 'current', 'open']),
  })
  .meta({ id: 'ConversationStep' });

/** The draft as it builds up, for the side panel: facts so far and the scheme. */
export const ConversationDraft = z
  .strictObject({
    facts: z.array(z.strictObject({ label: ConversationText, value: ConversationText })).max(60),
    /** The draft scheme, or null before there is one (a union, so the document allows null). */
    scheme: z.union([EvaluationScheme, z.null()]),
  })
  .meta({ id: 'ConversationDraft' });
export type ConversationDraft = z.output<typeof ConversationDraft>;

export const Conversation = z
  .strictObject({
    id: ResourceId,
    path: ConversationPath,
    /** The language it was started in; every message is in both. */
    language: ConversationLanguage,
    status: ConversationStatus,
    tenderId: ResourceId.nullable(),
    optionsReviewId: ResourceId.nullable(),
    /** For `officialResult`: the lot whose result is asked about. */
    lotNumber: z.int().nullable(),
    steps: z.array(ConversationStep),
    currentStepId: Identifier.nullable(),
    turns: z.array(ConversationTurn),
    prompt: ConversationPrompt,
    draft: ConversationDraft,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.output<typeof Conversation>;

export const CreateConversationInput = z
  .strictObject({
    path: ConversationPath,
    language: ConversationLanguage,
    /** For `results`: the options review whose results are asked about. */
    optionsReviewId: ResourceId.optional(),
    /** For `officialResult`: the tender and lot whose official result is asked about. */
    tenderId: ResourceId.optional(),
    lotNumber: z.int().min(1).max(200).optional(),
  })
  .meta({ id: 'CreateConversationInput' });
export type CreateConversationInput = z.output<typeof CreateConversationInput>;

/** A turn: free text to be parsed, or an input sent by a quick reply or a widget. */
export const ConversationTurnInput = z
  .union([
    z.strictObject({ text: z.string().trim().min(1).max(2_000) }),
    z.strictObject({
      input: ConversationInput,
      /** The label the person saw, stored as their turn's text. */
      label: z.string().trim().min(1).max(500),
    }),
  ])
  .meta({ id: 'ConversationTurnInput' });
export type ConversationTurnInput = z.output<typeof ConversationTurnInput>;

export const ConversationParams = z.strictObject({ conversationId: ResourceId });

export const ConversationSummary = z
  .strictObject({
    id: ResourceId,
    path: ConversationPath,
    language: ConversationLanguage,
    status: ConversationStatus,
    title: ConversationText,
    tenderId: ResourceId.nullable(),
    optionsReviewId: ResourceId.nullable(),
    lotNumber: z.int().nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ConversationSummary' });

export const ConversationListQuery = z.strictObject(pageQueryFields);
export const ConversationListResponse = z
  .strictObject({ conversations: z.array(ConversationSummary), nextCursor: NextCursor })
  .meta({ id: 'ConversationListResponse' });
