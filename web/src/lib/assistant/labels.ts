import { m } from '#lib/paraglide/messages.js';

// The names the pages give a conversation's path, status and steps' progress. The value lists
// mirror the API's enums (schema/src/conversations) so that no schema code reaches the browser;
// a test keeps them equal.

export const conversationPaths = ['tender', 'optionsReview', 'results', 'officialResult'] as const;
export type ConversationPath = (typeof conversationPaths)[number];

export const pathLabels: Record<ConversationPath, () => string> = {
  tender: m.assistant_path_tender,
  optionsReview: m.assistant_path_options_review,
  results: m.assistant_path_results,
  officialResult: m.assistant_path_official_result,
};

export const conversationStatuses = ['open', 'handedOver', 'closed'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const statusLabels: Record<ConversationStatus, () => string> = {
  open: m.assistant_status_open,
  handedOver: m.assistant_status_handed_over,
  closed: m.assistant_status_closed,
};

export type StepStatus = 'done' | 'current' | 'open';

export const stepStatusLabels: Record<StepStatus, () => string> = {
  done: m.assistant_step_done,
  current: m.assistant_step_current,
  open: m.assistant_step_open,
};

/**
 * The paths a person starts from the list; `results` starts from an options review's results,
 * `officialResult` from a tender lot's official result.
 */
export const startablePaths = ['tender', 'optionsReview'] as const satisfies ConversationPath[];

/** Whether a submitted value names a path. */
export function isConversationPath(value: string): value is ConversationPath {
  return (conversationPaths as readonly string[]).includes(value);
}
