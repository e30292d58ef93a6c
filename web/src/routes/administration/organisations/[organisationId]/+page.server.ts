import { error, fail, redirect } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type ProblemReading } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import type { MessageKey } from '#lib/i18n/message.ts';
import { revokeApiKey } from '#lib/services/api-key.service.ts';
import { disableOrganisation, enableOrganisation } from '#lib/services/organisation.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import {
  changeUserRole,
  createUser,
  disableUser,
  enableUser,
  endUserSessions,
  issueInvitation,
  resetUserTotp,
} from '#lib/services/user.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
  confirmationOf,
  doneOf,
  type DoneNotice,
  type OrganisationAction,
  type UserAction,
} from './confirmations.ts';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, administrationArea);
  const api = apiFor(event);
  const { organisationId } = event.params;
  const path = { params: { path: { organisationId } } };
  // There is no single-organisation read: the list is short and names the organisation.
  const [organisations, users] = await Promise.all([
    api.GET('/api/v1/organisations'),
    api.GET('/api/v1/organisations/{organisationId}/users', path),
  ]);
  if (organisations.response.status === 401 || users.response.status === 401) {
    sessionEnded(event.url);
  }
  if (!organisations.data) error(organisations.response.status === 403 ? 403 : 503, 'Unavailable');
  const organisation = organisations.data.organisations.find((o) => o.id === organisationId);
  // A malformed id is a validation error for the API, and equally a page that does not exist.
  if (!organisation || !users.data) error(404, 'Not found');
  // Only vendor organisations have API keys.
  let keys: components['schemas']['ApiKeyResponse'][] = [];
  if (organisation.kind === 'vendor') {
    const listed = await api.GET('/api/v1/organisations/{organisationId}/api-keys', path);
    if (listed.response.status === 401) sessionEnded(event.url);
    if (!listed.data) error(503, 'Unavailable');
    keys = listed.data.keys;
  }

  const state = { organisation, users: users.data.users, keys, viewer };
  return {
    organisation,
    users: users.data.users,
    keys,
    viewer: { id: viewer.id, organisationId: viewer.organisationId },
    confirm: confirmationOf(event.url.searchParams, state),
    done: doneOf(event.url.searchParams, state),
  };
};

/** Back to this page with a notice: after a confirmed action the confirmation must not stay. */
function doneRedirect(
  event: RequestEvent,
  notice: DoneNotice,
  named: { user?: string; key?: string } = {},
): never {
  const query = new URLSearchParams({ done: notice, ...named });
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
  enable: async (event) => confirmed(event, 'enable'),
  endSessions: async (event) => confirmed(event, 'endSessions'),
  resetTotp: async (event) => confirmed(event, 'resetTotp'),
  disableOrganisation: async (event) => organisationChange(event, 'disableOrganisation'),
  enableOrganisation: async (event) => organisationChange(event, 'enableOrganisation'),

  revokeKey: async (event) => {
    const keyId = textField(await event.request.formData(), 'keyId');
    const result = await revokeApiKey(apiFor(event), { keyId });
    if (result.ok) doneRedirect(event, 'key-revoked', { key: keyId });
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      form: 'key' as const,
      keyId,
      errors: formErrorsFromProblem(result.problem),
    });
  },
} satisfies Actions;

const confirmedServices = {
  disable: { run: disableUser, notice: 'disabled', conflict: 'admin_user_disable_refused' },
  enable: { run: enableUser, notice: 'enabled', conflict: 'problem_conflict' },
  endSessions: { run: endUserSessions, notice: 'sessions-ended', conflict: 'problem_conflict' },
  resetTotp: { run: resetUserTotp, notice: 'totp-reset', conflict: 'problem_conflict' },
} as const satisfies Record<UserAction, { notice: DoneNotice; run: unknown; conflict: MessageKey }>;

/** The actions on a user that take a confirmation first (see confirmations.ts). */
async function confirmed(event: RequestEvent, action: UserAction) {
  const userId = textField(await event.request.formData(), 'userId');
  const { run, notice, conflict } = confirmedServices[action];
  const result = await run(apiFor(event), { userId });
  if (result.ok) doneRedirect(event, notice, { user: userId });
  return userFailure(event, userId, result, { problems: { conflict } });
}

/** Disabling or enabling the whole organisation, after its confirmation. */
async function organisationChange(event: RequestEvent, action: OrganisationAction) {
  const organisationId = event.params.organisationId;
  const disabling = action === 'disableOrganisation';
  const result = disabling
    ? await disableOrganisation(apiFor(event), { organisationId })
    : await enableOrganisation(apiFor(event), { organisationId });
  if (result.ok) doneRedirect(event, disabling ? 'organisation-disabled' : 'organisation-enabled');
  leaveIfSessionEnded(result, event.url);
  return fail(result.problem.status, {
    form: 'organisation' as const,
    errors: formErrorsFromProblem(result.problem, {
      problems: { conflict: 'admin_organisation_disable_refused' },
    }),
  });
}
