import { error, fail, redirect } from '@sveltejs/kit';
import { assistantArea } from '#lib/account/signed-in-user.ts';
import { isConversationPath } from '#lib/assistant/labels.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import { listConversations, startConversation } from '#lib/services/conversation.service.ts';
import type { Actions, PageServerLoad } from './$types';

// The caller's conversations with the assistant, and where new ones start. A conversation
// about an options review's results starts from that review's results page, posting here.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, assistantArea);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const listed = await listConversations(event, cursor);
  if (listed.ok) {
    return {
      conversations: listed.data.conversations,
      nextCursor: listed.data.nextCursor,
      laterPage: cursor !== undefined,
    };
  }
  const { status } = listed.problem;
  if (status === 401) sessionEnded(event.url);
  // A cursor from an old link that no longer reads: the list from its start.
  if (status === 422 && cursor) redirect(303, localizeHref('/assistant'));
  error(status === 403 ? 403 : 503, 'Conversations unavailable');
};

export const actions = {
  start: async (event) => {
    const data = await event.request.formData();
    const path = textField(data, 'path');
    const optionsReviewId = textField(data, 'optionsReviewId');
    const tenderId = textField(data, 'tenderId');
    const lotNumber = Number(textField(data, 'lotNumber'));
    if (!isConversationPath(path)) return fail(400, { errors: formError('problem_invalid') });
    const started = await startConversation(event, {
      path,
      // Every message is in both languages; this is the one the dialogue starts in.
      language: getLocale(),
      ...(path === 'results' && optionsReviewId !== '' && { optionsReviewId }),
      ...(path === 'officialResult' &&
        tenderId !== '' &&
        Number.isInteger(lotNumber) && { tenderId, lotNumber }),
    });
    if (!started.ok) {
      leaveIfSessionEnded(started, event.url);
      return fail(started.problem.status, {
        errors: formErrorsFromProblem(started.problem, {
          problems: { forbidden: 'assistant_start_forbidden' },
        }),
      });
    }
    redirect(303, localizeHref(`/assistant/${started.data.id}`));
  },
} satisfies Actions;
