import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import {
  abandonOpeningSession,
  confirmOpeningPresence,
  openBids,
  startBreakGlassOpening,
  startOpeningSession,
} from '#lib/services/bid-opening.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const notices = ['abandoned', 'opened'] as const;
type Notice = (typeof notices)[number];

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const params = { params: { path: { tenderId: tender.id } } };
  const [keys, sessions] = await Promise.all([
    api.GET('/api/v1/tenders/{tenderId}/opening-keys', params),
    api.GET('/api/v1/tenders/{tenderId}/opening-sessions', params),
  ]);
  if (!keys.data) failedTenderRead(keys.response.status, event.url);
  if (!sessions.data) failedTenderRead(sessions.response.status, event.url);
  const done = event.url.searchParams.get('done');
  return {
    keys: keys.data,
    current: sessions.data.sessions.find((session) => session.state === 'open') ?? null,
    opened: sessions.data.sessions.find((session) => session.state === 'opened') ?? null,
    done: (notices as readonly (string | null)[]).includes(done) ? (done as Notice) : null,
  };
};

function back(event: RequestEvent, notice?: Notice): never {
  const query = notice === undefined ? '' : `?${new URLSearchParams({ done: notice })}`;
  redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/opening`)}${query}`);
}

function refused(
  event: RequestEvent,
  form: 'start' | 'breakGlass' | 'confirm' | 'open' | 'abandon',
  result: Refusal,
) {
  leaveIfSessionEnded(result, event.url);
  const errors: FormErrors = formErrorsFromProblem(result.problem, {
    problems: {
      conflict: 'bid_opening_conflict',
      forbidden: form === 'confirm' ? 'bid_opening_wrong_passphrase' : 'bid_opening_not_opener',
    },
  });
  return fail(result.problem.status, { form, errors });
}

export const actions = {
  start: async (event) => {
    const result = await startOpeningSession(apiFor(event), { tenderId: event.params.tenderId });
    if (result.ok) back(event);
    return refused(event, 'start', result);
  },
  breakGlass: async (event) => {
    const data = await event.request.formData();
    const result = await startBreakGlassOpening(apiFor(event), {
      tenderId: event.params.tenderId,
      reason: textField(data, 'reason'),
    });
    if (result.ok) back(event);
    return refused(event, 'breakGlass', result);
  },
  // The passphrase goes to the API once; it is never kept or sent back to the page.
  confirm: async (event) => {
    const data = await event.request.formData();
    const result = await confirmOpeningPresence(apiFor(event), {
      tenderId: event.params.tenderId,
      sessionId: textField(data, 'sessionId'),
      passphrase: textField(data, 'passphrase'),
    });
    if (result.ok) back(event);
    return refused(event, 'confirm', result);
  },
  open: async (event) => {
    const data = await event.request.formData();
    const result = await openBids(apiFor(event), {
      tenderId: event.params.tenderId,
      sessionId: textField(data, 'sessionId'),
    });
    if (result.ok) back(event, 'opened');
    return refused(event, 'open', result);
  },
  abandon: async (event) => {
    const data = await event.request.formData();
    const result = await abandonOpeningSession(apiFor(event), {
      tenderId: event.params.tenderId,
      sessionId: textField(data, 'sessionId'),
    });
    if (result.ok) back(event, 'abandoned');
    return refused(event, 'abandon', result);
  },
} satisfies Actions;
