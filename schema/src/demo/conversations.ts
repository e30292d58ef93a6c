import { z } from 'zod';
import { ConversationLanguage } from '../conversations/conversation.ts';
import { Identifier } from '../evaluation/common.ts';
import { DemoKey } from './accounts.ts';

/**
 * The demo's conversations with the assistant (`seed/demo/conversations.json`), so that a person
 * trying the demo finds it at work: each is held by a demo person named by their key in
 * `accounts.json` and is made by the conversation verbs, as that person would make it: started,
 * then turn by turn, typed or clicked. What they create (a draft tender) is what the assistant
 * creates for anyone; the answers are the engine's figures at the time of the load.
 */

/**
 * One turn of the person: a typed sentence, read by the parser as anyone's; or a click on what
 * the assistant offers first (the confirmation of a proposal, else the first answer it suggests).
 */
export const DemoConversationTurn = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(2_000) }),
  z.strictObject({ accept: z.literal(true) }),
]);
export type DemoConversationTurn = z.output<typeof DemoConversationTurn>;

export const DemoConversation = z
  .strictObject({
    key: DemoKey,
    /** The demo person who holds it, an officer or a member of the review asked about. */
    user: DemoKey,
    path: z.enum(['tender', 'results']),
    language: ConversationLanguage,
    /** For `results`: the options review of `options-reviews.json` whose results are asked about. */
    optionsReview: DemoKey.optional(),
    turns: z.array(DemoConversationTurn).min(1).max(40),
    /**
     * For `tender`: the step the conversation waits at after the turns, for the person to go on
     * from; the loader checks it got there, so a changed dialogue cannot leave a stray demo.
     */
    pausedAt: Identifier.optional(),
  })
  .superRefine((conversation, ctx) => {
    const results = conversation.path === 'results';
    if (results !== (conversation.optionsReview !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['optionsReview'],
        message: 'names the options review for questions about results, and only then',
      });
    }
    if (results && conversation.pausedAt !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['pausedAt'],
        message: 'questions about results have no steps to pause at',
      });
    }
  });
export type DemoConversation = z.output<typeof DemoConversation>;

export const DemoConversationsFile = z
  .strictObject({ conversations: z.array(DemoConversation).max(20) })
  .superRefine((file, ctx) => {
    const keys = new Set<string>();
    file.conversations.forEach((conversation, index) => {
      if (keys.has(conversation.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['conversations', index, 'key'],
          message: 'used twice',
        });
      }
      keys.add(conversation.key);
    });
  });
export type DemoConversationsFile = z.output<typeof DemoConversationsFile>;
