import type {
  Conversation,
  ConversationTurnInput,
  DemoConversation,
  DemoConversationTurn,
  DemoObjectCount,
} from '@tenderwise/schema';
import { createConversation } from '../../conversations/create-conversation.ts';
import { postConversationTurn } from '../../conversations/post-conversation-turn.ts';
import { actingAs } from '../acting-as.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's conversations with the assistant, after the options reviews and tenders: each is
 * started and talked through by the conversation verbs as its demo person, typed sentences read
 * by the parser and clicks on what the assistant offers, so the transcript, the answers' figures
 * and the draft tender a conversation creates are exactly what the product makes for anyone.
 * The loader checks that each went as the file expects (every question answered, the tender
 * conversation at its step with a draft), and fails the load rather than leave a stray demo.
 * A conversation made by an earlier load is left as it is, however it went on since.
 */
export const conversationsPart: DemoPart<'conversations'> = {
  name: 'conversations',
  async load(step, data) {
    const conversations = { kind: 'conversation', created: 0, present: 0 };
    for (const conversation of data.conversations) {
      if (step.objects.idOf('conversation', conversation.key) !== undefined) {
        conversations.present++;
        continue;
      }
      await holdConversation(step, conversation);
      conversations.created++;
    }
    return [conversations] satisfies DemoObjectCount[];
  },
};

async function holdConversation(step: DemoStep, demo: DemoConversation): Promise<void> {
  const ctx = await actingAs(step)(demo.user);
  const reviewId =
    demo.optionsReview === undefined
      ? undefined
      : step.objects.idOf('options_review', demo.optionsReview);
  if (demo.optionsReview !== undefined && reviewId === undefined) {
    throw new Error(`The demo conversation "${demo.key}" asks about a review that is not there`);
  }
  let conversation = await createConversation({
    ctx,
    input: {
      path: demo.path,
      language: demo.language,
      ...(reviewId !== undefined && { optionsReviewId: reviewId }),
    },
  });
  await step.objects.remember('conversation', demo.key, conversation.id);
  for (const turn of demo.turns) {
    conversation = await postConversationTurn({
      ctx,
      input: { conversationId: conversation.id, ...turnInput(demo, conversation, turn) },
    });
    const answer = conversation.turns.at(-1);
    if (
      demo.path === 'results' &&
      answer?.speaker === 'assistant' &&
      answer.message.kind !== 'answer'
    ) {
      throw new Error(
        `The demo conversation "${demo.key}" got no answer to "${'text' in turn ? turn.text : ''}": ${answer.message.text.en}`,
      );
    }
  }
  if (demo.pausedAt !== undefined && conversation.currentStepId !== demo.pausedAt) {
    throw new Error(
      `The demo conversation "${demo.key}" stopped at "${conversation.currentStepId}", not at "${demo.pausedAt}"`,
    );
  }
}

/** What is not an answer to the step: asking why, or going back. */
const navigation = new Set(['why', 'back']);

/** The person's turn: the sentence they type, or a click on what the assistant offers first. */
function turnInput(
  demo: DemoConversation,
  conversation: Conversation,
  turn: DemoConversationTurn,
): ConversationTurnInput {
  if ('text' in turn) return { text: turn.text };
  const offered = conversation.prompt.quickReplies.find(
    (reply) => !navigation.has(reply.input.intent),
  );
  if (offered === undefined) {
    throw new Error(
      `The demo conversation "${demo.key}" has nothing to click at "${conversation.currentStepId}"`,
    );
  }
  return { input: offered.input, label: offered.label[demo.language] };
}
