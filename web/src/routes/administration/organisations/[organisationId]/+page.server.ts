import { error, fail, redirect } from '@sveltejs/kit';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type ProblemReading } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import type { Refusal } from '#lib/services/result.ts';
import {
  changeUserRole,
  createUser,
  disableUser,
  endUserSessions,
  issueInvitation,
  resetUserTotp,
} from '#lib/services/user.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
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
  refused: Refusal,
  reading: ProblemReading,
) {
  leaveIfSessionEnded(refused, event.url);
  return fail(refused.problem.status, {
    form: 'user' as const,
    userId,
    errors: formErrorsFromProblem(refused.problem, reading),
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
    const result = await createUser(apiFor(event), {
      organisationId: event.params.organisationId,
      ...values,
      role: values.role as 'vendor',
    });
    // The link is in this answer only: it is shown once, to be handed over.
    if (result.ok) {
      return {
        form: 'invitation' as const,
        invitation: { ...result.invitation, name: result.displayName, created: true },
      };
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: {
        '/email': { field: 'email', message: 'admin_user_email_invalid' },
        '/displayName': 'displayName',
        '/role': { field: 'role', message: 'admin_role_mismatch' },
      },
      problems: { conflict: 'admin_user_email_taken' },
    });
    return fail(result.problem.status, { form: 'create' as const, errors, values });
  },

  issueInvitation: async (event) => {
    const data = await event.request.formData();
    const userId = textField(data, 'userId');
    const result = await issueInvitation(apiFor(event), { userId });
    if (result.ok) {
      return {
        form: 'invitation' as const,
        invitation: { ...result.invitation, name: textField(data, 'name'), created: false },
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
    const result = await changeUserRole(apiFor(event), { userId, role: role as 'vendor' });
    if (result.ok) {
      return {
        form: 'user' as const,
        userId,
        done: { role: result.role, endedSessions: result.endedSessions },
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

const confirmedServices = {
  disable: { run: disableUser, notice: 'disabled' },
  endSessions: { run: endUserSessions, notice: 'sessions-ended' },
  resetTotp: { run: resetUserTotp, notice: 'totp-reset' },
} as const satisfies Record<ConfirmedAction, { notice: DoneNotice; run: unknown }>;

/** The actions that take a confirmation first (see user-actions.ts). */
async function confirmed(event: RequestEvent, action: ConfirmedAction) {
  const userId = textField(await event.request.formData(), 'userId');
  const { run, notice } = confirmedServices[action];
  const result = await run(apiFor(event), { userId });
  if (result.ok) doneRedirect(event, notice, userId);
  return userFailure(event, userId, result, { problems: { conflict: 'admin_last_admin' } });
}
