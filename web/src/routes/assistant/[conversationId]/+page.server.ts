import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { assistantArea } from '#lib/account/signed-in-user.ts';
import {
  chooseTurn,
  compareTurn,
  replyTurn,
  textTurn,
  weightsTurn,
  type TurnReading,
} from '#lib/assistant/turn-form.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import { readConversation, sendTurn } from '#lib/services/conversation.service.ts';
import type { Actions, PageServerLoad } from './$types';
import { pricePreviewChart } from './price-preview-chart.ts';

// One conversation: the transcript, what the assistant waits for, and the draft so far. The
// state lives in the API, so a reload shows the same conversation; every form posts one turn
// and comes back here (post, redirect, get), with or without the page's script.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, assistantArea);
  const read = await readConversation(event, event.params.conversationId);
  if (!read.ok) {
    const { status } = read.problem;
    if (status === 401) sessionEnded(event.url);
    // A malformed id (422) names a conversation that does not exist, too.
    if (status === 404 || status === 422) error(404, 'Not found');
    error(status === 403 ? 403 : 503, 'Conversation unavailable');
  }
  const conversation = read.data;
  const widget = conversation.prompt.widget;
  return {
    conversation,
    priceChart: widget?.kind === 'pricePreview' ? pricePreviewChart(widget, getLocale()) : null,
  };
};

/** Which form a refusal belongs to, so the page shows its message there. */
type TurnForm = 'say' | 'reply' | 'compare' | 'weights' | 'choose';

async function postTurn(
  event: RequestEvent,
  form: TurnForm,
  read: (data: FormData) => TurnReading,
) {
  const data = await event.request.formData();
  const text = form === 'say' ? textField(data, 'text') : '';
  const reading = read(data);
  if (!reading.ok) return fail(400, { form, errors: reading.errors, text });
  const { conversationId } = event.params;
  const sent = await sendTurn(event, conversationId!, reading.turn);
  if (!sent.ok) {
    leaveIfSessionEnded(sent, event.url);
    const errors = formErrorsFromProblem(sent.problem, {
      fields: { '/text': 'text' },
      problems: { conflict: 'assistant_turn_conflict' },
    });
    return fail(sent.problem.status, { form, errors, text });
  }
  // To the person's new turn, so that the browser shows it and the answer below it rather than
  // the top of a long conversation.
  const mine = sent.data.turns.findLast((turn) => turn.speaker === 'user');
  const anchor = mine ? `#turn-${mine.number}` : '#reply';
  redirect(303, `${localizeHref(`/assistant/${conversationId}`)}${anchor}`);
}

export const actions = {
  say: (event) => postTurn(event, 'say', textTurn),
  reply: (event) => postTurn(event, 'reply', replyTurn),
  compare: (event) => postTurn(event, 'compare', compareTurn),
  weights: (event) => postTurn(event, 'weights', weightsTurn),
  choose: (event) => postTurn(event, 'choose', chooseTurn),
} satisfies Actions;
