import { Conversation, type QuickReply } from '@tenderwise/schema';
import type { Caller, reviewsApp } from '../options-reviews/app.ts';

export type Request = (
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>;

/** Calls `/api/v1…` of the app as the caller's browser on our own pages would. */
export function requester(app: ReturnType<typeof reviewsApp>['app']): Request {
  return async (caller, method, path, body) => {
    const response = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...caller.headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
}

/** What a person types at a step, in order; `null` takes what the assistant offers first. */
export type Script = Record<string, (string | null)[]>;

const navigation = ['why', 'back'];

/**
 * What a person does who accepts what is offered: confirms a proposal, sends a checklist as it
 * is ticked when there is nothing else to click, else clicks the first answer offered.
 */
function accepting(conversation: Conversation): { input: QuickReply['input']; label: string } {
  const { prompt } = conversation;
  const answers = prompt.quickReplies.filter((reply) => !navigation.includes(reply.input.intent));
  const first = answers[0];
  if (prompt.proposal === null && first === undefined && prompt.widget?.kind === 'checklist') {
    const choices = prompt.widget.items.filter((item) => item.checked).map((item) => item.id);
    return { input: { intent: 'choose', choices }, label: 'Auswahl' };
  }
  if (first === undefined) throw new Error(`nothing to answer at ${conversation.currentStepId}`);
  return { input: first.input, label: first.label.de };
}

/**
 * Talks through a conversation until `stop` holds: at each step it types the script's next text
 * for the step, or accepts what is offered. Fails with the transcript's tail when a turn is
 * refused or the conversation does not move on.
 */
export async function talkUntil(
  request: Request,
  caller: Caller,
  start: Conversation,
  script: Script,
  stop: (conversation: Conversation) => boolean,
): Promise<Conversation> {
  let conversation = start;
  const remaining: Script = Object.fromEntries(
    Object.entries(script).map(([step, texts]) => [step, [...texts]]),
  );
  for (let turn = 0; !stop(conversation); turn += 1) {
    if (turn > 120 || conversation.status !== 'open') {
      throw new Error(`stuck at ${conversation.currentStepId}:\n${transcriptTail(conversation)}`);
    }
    const typed = remaining[conversation.currentStepId ?? '']?.shift();
    const body = typeof typed === 'string' ? { text: typed } : accepting(conversation);
    const answered = await request(caller, 'POST', `/conversations/${conversation.id}/turns`, body);
    if (answered.status !== 200) {
      throw new Error(`${answered.status} ${JSON.stringify(answered.body)}`);
    }
    conversation = Conversation.parse(answered.body);
  }
  return conversation;
}

export function transcriptTail(conversation: Conversation, turns = 8): string {
  return conversation.turns
    .slice(-turns)
    .map((t) =>
      t.speaker === 'user'
        ? `> ${t.text} ${JSON.stringify(t.input)}`
        : `< [${t.message.kind}] ${t.message.text.en.slice(0, 400)}`,
    )
    .join('\n');
}
