import { error, fail, redirect } from '@sveltejs/kit';
import { noticesArea } from '#lib/account/signed-in-user.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import { markNoticeRead } from '#lib/services/notice.service.ts';
import { send } from '#lib/services/result.ts';
import type { Actions, PageServerLoad } from './$types';

// The notices of the signed-in user's organisation addressed to it or to them (ADR 0036).
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, noticesArea);
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const listed = await send(() =>
    apiFor(event).GET('/api/v1/notices', { params: { query: cursor ? { cursor } : {} } }),
  );
  if (listed.response.status === 401) sessionEnded(event.url);
  // A cursor from an old link that no longer reads: the list from its start.
  if (listed.response.status === 422 && cursor) redirect(303, localizeHref('/notices'));
  if (!listed.data) error(listed.response.status === 403 ? 403 : 503, 'Notices unavailable');
  return {
    notices: listed.data.notices,
    unread: listed.data.unread,
    nextCursor: listed.data.nextCursor,
    laterPage: cursor !== undefined,
  };
};

export const actions = {
  read: async (event) => {
    const noticeId = textField(await event.request.formData(), 'noticeId');
    const result = await markNoticeRead(apiFor(event), noticeId);
    if (result.ok) return { read: noticeId };
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      noticeId,
      errors: formErrorsFromProblem(result.problem),
    });
  },
} satisfies Actions;
