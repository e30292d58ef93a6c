import type { AssistantMessage } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { listTurns, type ConversationRow } from '../../db/repositories/conversations.ts';
import type { DB } from '../../db/types.ts';
import { advance, settle } from '../../domain/conversations/dialogue/advance.ts';
import {
  notUnderstood,
  present,
  type Presented,
} from '../../domain/conversations/dialogue/present.ts';
import type {
  ConversationAction,
  DialogueState,
} from '../../domain/conversations/dialogue/types.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  type DomainError,
} from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from '../options-reviews/audit.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import type { ConversationKind, Shown } from './conversation-kind.ts';
import type { PathRuntime } from './conversation-paths.ts';
import { assistantTurn, recordTurns, stateOf, userTurn } from './conversation-steps.ts';
import { parseUtterance } from '../../domain/conversations/parser/parse-utterance.ts';
import { ActionFailed, runActions } from './run-actions.ts';

/** A confirmed change that the verbs it runs through refused; nothing of it was kept. */
export class ActionRefused extends Error {
  readonly refusal: DomainError;
  readonly action: ConversationAction;

  constructor(refusal: DomainError, action: ConversationAction) {
    super(refusal.message);
    this.refusal = refusal;
    this.action = action;
  }
}

/** What the verbs' refusals say, in both languages (their own text is English). */
export function refusalMessage(refusal: DomainError): AssistantMessage {
  return {
    kind: 'reprompt',
    text: {
      de: `Das ließ sich nicht übernehmen; nichts wurde geändert. Grund: ${refusal.message}`,
      en: `This could not be applied; nothing was changed. Reason: ${refusal.message}`,
    },
  };
}

const today = async (ctx: ServiceContext) =>
  berlinDayOf((await ctx.clock.now<DB>(ctx.db)).toISOString()).toString();

/** A conversation that steps through a path's questions and proposals. */
export function guidedKind<W>(runtime: PathRuntime<W>): ConversationKind {
  const { definition } = runtime;
  return {
    async start(ctx, row) {
      const state = stateOf(row);
      const world = await runtime.load(ctx, row);
      const presented = present(definition, state, world, row.language);
      return [
        assistantTurn({ kind: 'info', text: definition.greeting }, null),
        assistantTurn(presented.message, state.stepId),
      ];
    },

    async show(ctx, row) {
      const state = stateOf(row);
      const world = await runtime.load(ctx, row);
      return shownOf(runtime, present(definition, state, world, row.language), world, state);
    },

    async understand(ctx, row, text) {
      const world = await runtime.load(ctx, row);
      const { question } = present(definition, stateOf(row), world, row.language);
      const context = {
        language: row.language,
        vocabulary: question?.vocabulary ?? {},
        ...(question !== null && { expects: question.expects }),
        today: await today(ctx),
      };
      return { input: parseUtterance(text, context), context };
    },

    async take(ctx, row, said) {
      const language = row.language;
      const state = stateOf(row);
      const world = await runtime.load(ctx, row);
      const { input } = said;
      const userSaid = userTurn(said.text, input, state.stepId);
      if (input.intent === 'unknown') {
        const presented = present(definition, state, world, language);
        const kept = await recordTurns(ctx, row, {
          turns: [userSaid, assistantTurn(notUnderstood(presented.question), state.stepId)],
          state,
          status: row.status,
          tenderId: row.tender_id,
          optionsReviewId: row.options_review_id,
        });
        return { row: kept, shown: shownOf(runtime, presented, world, state) };
      }
      const result = advance(definition, state, input, world, language, runtime.editorLink(row));
      let objects = { tenderId: row.tender_id, optionsReviewId: row.options_review_id };
      let after = world;
      if (result.actions.length > 0) {
        try {
          objects = await runActions(ctx, objects, result.actions);
        } catch (error) {
          if (!(error instanceof ActionFailed)) throw error;
          const { cause } = error;
          if (
            cause instanceof ConflictError ||
            cause instanceof ValidationError ||
            cause instanceof ForbiddenError
          ) {
            throw new ActionRefused(cause, error.action);
          }
          throw cause;
        }
        after = await runtime.load(ctx, {
          tender_id: objects.tenderId,
          options_review_id: objects.optionsReviewId,
        });
      }
      const next = settle(definition, result.state, after, language);
      const presented = present(definition, next, after, language);
      const turns = [userSaid, ...result.messages.map((m) => assistantTurn(m, state.stepId))];
      if (result.ask) turns.push(assistantTurn(presented.message, next.stepId));
      const stored = await recordTurns(ctx, row, {
        turns,
        state: next,
        status: next.stepId === null ? 'handedOver' : 'open',
        tenderId: objects.tenderId,
        optionsReviewId: objects.optionsReviewId,
      });
      await auditTurns(ctx, row, stored);
      return { row: stored, shown: shownOf(runtime, presented, after, next) };
    },
  };
}

function shownOf<W>(
  runtime: PathRuntime<W>,
  presented: Presented,
  world: W,
  state: DialogueState,
): Shown {
  return {
    steps: presented.steps,
    prompt: presented.prompt,
    draft: { facts: runtime.facts(world), scheme: runtime.scheme(world) },
    currentStepId: state.stepId,
  };
}

/**
 * Puts the turns into the record of what the conversation made (the tender's Vergabeakte,
 * § 8 VgV, or the options review's): an entry naming the conversation and committing to the
 * turns' content by its hash. The turns before the object existed go into the entry of the turn
 * that created it.
 */
async function auditTurns(
  ctx: ServiceContext,
  before: ConversationRow,
  after: ConversationRow,
): Promise<void> {
  const objectBefore = before.tender_id ?? before.options_review_id;
  if (after.tender_id === null && after.options_review_id === null) return;
  const from = objectBefore === null ? 1 : before.turn_count + 1;
  const turns = (await listTurns(ctx.db, after.id)).filter((turn) => turn.number >= from);
  const state = {
    conversationId: after.id,
    turns: turns.map((turn) => ({
      number: turn.number,
      speaker: turn.speaker,
      text: turn.text,
      content: turn.content,
    })),
  };
  const trx = ctx.db as Transaction<DB>;
  if (after.tender_id !== null) {
    await auditTenderChange(trx, ctx, {
      action: 'tender.conversation.turns',
      object: tenderRef(after.tender_id),
      after: state,
    });
  } else if (after.options_review_id !== null) {
    await auditReviewChange(trx, ctx, {
      action: 'options_review.conversation.turns',
      object: reviewRef(after.options_review_id),
      after: state,
    });
  }
}
