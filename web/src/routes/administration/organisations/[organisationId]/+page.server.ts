import { error, fail, redirect } from '@sveltejs/kit';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type ProblemReading } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor, problemOf } from '#lib/server/api.ts';
import { requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
  confirmedActions,
  doneNotices,
  type ConfirmedAction,
  type DoneNotice,
} from './user-actions.ts';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, administrationArea);
  const api = apiFor(event);
  const { organisationId } = event.params;
  // There is no single-organisation read: the list is short and names the organisation.
  const [organisations, users] = await Promise.all([
    api.GET('/api/v1/organisations'),
    api.GET('/api/v1/organisations/{organisationId}/users', {
      params: { path: { organisationId } },
    }),
  ]);
  if (organisations.response.status === 401 || users.response.status === 401) {
    sessionEnded(event.url);
  }
  if (!organisations.data) error(organisations.response.status === 403 ? 403 : 503, 'Unavailable');
  const organisation = organisations.data.organisations.find((o) => o.id === organisationId);
  // A malformed id is a validation error for the API, and equally a page that does not exist.
  if (!organisation || !users.data) error(404, 'Not found');

  const query = event.url.searchParams;
  const named = (id: string | null) => users.data.users.find((u) => u.id === id) ?? null;
  const confirm = query.get('confirm');
  const confirmUser = named(query.get('user'));
  const done = query.get('done');
  return {
    organisation,
    users: users.data.users,
    confirm:
      confirmUser && (confirmedActions as readonly string[]).includes(confirm ?? '')
        ? { action: confirm as ConfirmedAction, user: confirmUser }
        : null,
    done: (doneNotices as readonly string[]).includes(done ?? '')
      ? { notice: done as DoneNotice, user: confirmUser }
      : null,
  };
};

/** Back to this page with a notice: after a confirmed action the confirmation must not stay. */
function doneRedirect(event: RequestEvent, notice: DoneNotice, userId?: string): never {
  const query = new URLSearchParams({ done: notice, ...(userId ? { user: userId } : {}) });
  redirect(
    303,
    `${localizeHref(`/administration/organisations/${event.params.organisationId}`)}?${query}`,
  );
}

/** Errors of an action on one user, shown in that user's entry. */
function userFailure(
  event: RequestEvent,
  userId: string,
  result: { error?: unknown; response: Response },
  reading: ProblemReading,
) {
  if (result.response.status === 401) sessionEnded(event.url);
  return fail(result.response.status, {
    form: 'user' as const,
    userId,
    errors: formErrorsFromProblem(problemOf(result), reading),
  });
}

export const actions = {
  createUser: async (event) => {
    const data = await event.request.formData();
    const values = {
      email: textField(data, 'email').trim(),
      displayName: textField(data, 'displayName').trim(),
      role: textField(data, 'role'),
    };
    const missing = requireFields(data, ['email', 'displayName', 'role']);
    if (missing) return fail(400, { form: 'create' as const, errors: missing, values });
    const result = await apiFor(event).POST('/api/v1/organisations/{organisationId}/users', {
      params: { path: { organisationId: event.params.organisationId } },
      body: { ...values, role: values.role as 'vendor' },
    });
    // The link is in this answer only: it is shown once, to be handed over.
    if (result.data) {
      return {
        form: 'invitation' as const,
        invitation: {
          ...result.data.invitation,
          name: result.data.user.displayName,
          created: true,
        },
      };
    }
    if (result.response.status === 401) sessionEnded(event.url);
    const errors = formErrorsFromProblem(problemOf(result), {
      fields: {
        '/email': { field: 'email', message: 'admin_user_email_invalid' },
        '/displayName': 'displayName',
        '/role': { field: 'role', message: 'admin_role_mismatch' },
      },
      problems: { conflict: 'admin_user_email_taken' },
    });
    return fail(result.response.status, { form: 'create' as const, errors, values });
  },

  issueInvitation: async (event) => {
    const data = await event.request.formData();
    const userId = textField(data, 'userId');
    const result = await apiFor(event).POST('/api/v1/users/{userId}/invitation', {
      params: { path: { userId } },
    });
    if (result.data) {
      return {
        form: 'invitation' as const,
        invitation: { ...result.data.invitation, name: textField(data, 'name'), created: false },
      };
    }
    return userFailure(event, userId, result, {
      problems: { conflict: 'admin_invitation_not_needed' },
    });
  },

  changeRole: async (event) => {
    const data = await event.request.formData();
    const userId = textField(data, 'userId');
    const role = textField(data, 'role');
    const result = await apiFor(event).PATCH('/api/v1/users/{userId}', {
      params: { path: { userId } },
      body: { role: role as 'vendor' },
    });
    if (result.data) {
      return {
        form: 'user' as const,
        userId,
        done: { role: result.data.user.role, endedSessions: result.data.endedSessions },
      };
    }
    return userFailure(event, userId, result, {
      fields: { '/role': { field: 'role', message: 'admin_role_mismatch' } },
      problems: { conflict: 'admin_last_admin' },
    });
  },

  disable: async (event) => confirmed(event, 'disable'),
  endSessions: async (event) => confirmed(event, 'endSessions'),
  resetTotp: async (event) => confirmed(event, 'resetTotp'),
} satisfies Actions;

/** The actions that take a confirmation first (see user-actions.ts). */
async function confirmed(event: RequestEvent, action: ConfirmedAction) {
  const userId = textField(await event.request.formData(), 'userId');
  const api = apiFor(event);
  const params = { params: { path: { userId } } };
  const result =
    action === 'disable'
      ? await api.POST('/api/v1/users/{userId}/disable', params)
      : action === 'endSessions'
        ? await api.DELETE('/api/v1/users/{userId}/sessions', params)
        : await api.POST('/api/v1/users/{userId}/totp/reset', params);
  if (result.response.ok) {
    doneRedirect(
      event,
      { disable: 'disabled', endSessions: 'sessions-ended', resetTotp: 'totp-reset' }[
        action
      ] as DoneNotice,
      userId,
    );
  }
  return userFailure(event, userId, result, { problems: { conflict: 'admin_last_admin' } });
}
