import {
  AssistantMessage,
  ConversationInput,
  type Conversation,
  type ConversationTurn,
} from '@tenderwise/schema';
import type { ConversationRow, ConversationTurnRow } from '../../db/repositories/conversations.ts';
import type { Shown } from './conversation-kind.ts';

/** A stored turn as the API shows it; its content was checked when it was written. */
export function turnView(row: ConversationTurnRow): ConversationTurn {
  const content: unknown = JSON.parse(row.content);
  const createdAt = row.created_at.toISOString();
  if (row.speaker === 'user') {
    return {
      number: row.number,
      speaker: 'user',
      text: row.text,
      input: ConversationInput.parse(content),
      createdAt,
    };
  }
  return {
    number: row.number,
    speaker: 'assistant',
    message: AssistantMessage.parse(content),
    stepId: row.step_id,
    createdAt,
  };
}

export function conversationView(
  row: ConversationRow,
  turns: readonly ConversationTurnRow[],
  shown: Shown,
): Conversation {
  return {
    id: row.id,
    path: row.path,
    language: row.language,
    status: row.status,
    tenderId: row.tender_id,
    optionsReviewId: row.options_review_id,
    lotNumber: row.lot_number,
    steps: shown.steps,
    currentStepId: shown.currentStepId,
    turns: turns.map(turnView),
    prompt:
      row.status === 'open'
        ? shown.prompt
        : { quickReplies: [], widget: null, proposal: null, examples: [] },
    draft: shown.draft,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
