import type { components } from '@tenderwise/schema/openapi-types';

// Actions on this page that cannot be undone from it, or that lock somebody out at once: each
// first shows a confirmation (`?confirm=<action>&user=<id>` or `&key=<id>`, a plain link, so it
// works without JavaScript) whose button then sends the POST. A confirmation is only offered for
// what the object's state and the API allow: nobody disables their own account or organisation.

type User = components['schemas']['UserResponse'];
type Organisation = components['schemas']['OrganisationResponse'];
type ApiKey = components['schemas']['ApiKeyResponse'];

export const userActions = ['disable', 'enable', 'endSessions', 'resetTotp'] as const;
export type UserAction = (typeof userActions)[number];

export const organisationActions = ['disableOrganisation', 'enableOrganisation'] as const;
export type OrganisationAction = (typeof organisationActions)[number];

/** The confirmation the page shows, with the object it is about. */
export type Confirmation =
  | { action: UserAction; user: User }
  | { action: OrganisationAction }
  | { action: 'revokeKey'; key: ApiKey };

/** What the page says after a redirect (`?done=<notice>`, with `user` or `key` where named). */
export const doneNotices = [
  'organisation-created',
  'organisation-disabled',
  'organisation-enabled',
  'disabled',
  'enabled',
  'sessions-ended',
  'totp-reset',
  'key-revoked',
] as const;
export type DoneNotice = (typeof doneNotices)[number];

/** Who looks at the page: their own account and organisation are not theirs to disable. */
export interface Viewer {
  id?: string | undefined;
  organisationId?: string | undefined;
}

export interface PageState {
  organisation: Organisation;
  users: readonly User[];
  keys: readonly ApiKey[];
  viewer: Viewer;
}

/** Whether the viewer may disable this user: an active user who is not the viewer. */
export function mayDisableUser(user: User, viewer: Viewer): boolean {
  return user.disabledAt === null && user.id !== viewer.id;
}

/** Whether the viewer may disable the organisation: an active one that is not the viewer's. */
export function mayDisableOrganisation(organisation: Organisation, viewer: Viewer): boolean {
  return organisation.disabledAt === null && organisation.id !== viewer.organisationId;
}

/** The confirmation a query asks for, or null when it names nothing the state allows. */
export function confirmationOf(query: URLSearchParams, state: PageState): Confirmation | null {
  const action = query.get('confirm');
  if ((userActions as readonly (string | null)[]).includes(action)) {
    const user = state.users.find((candidate) => candidate.id === query.get('user'));
    if (user === undefined) return null;
    const allowed: Record<UserAction, boolean> = {
      disable: mayDisableUser(user, state.viewer),
      enable: user.disabledAt !== null,
      endSessions: user.disabledAt === null,
      resetTotp: user.disabledAt === null && user.passwordSet,
    };
    return allowed[action as UserAction] ? { action: action as UserAction, user } : null;
  }
  if (action === 'disableOrganisation') {
    return mayDisableOrganisation(state.organisation, state.viewer) ? { action } : null;
  }
  if (action === 'enableOrganisation') {
    return state.organisation.disabledAt !== null ? { action } : null;
  }
  if (action === 'revokeKey') {
    const key = state.keys.find((candidate) => candidate.id === query.get('key'));
    return key !== undefined && key.revokedAt === null ? { action, key } : null;
  }
  return null;
}

/** The notice a query asks for, with the user or key it names (if still listed). */
export function doneOf(
  query: URLSearchParams,
  state: PageState,
): { notice: DoneNotice; user: User | null; key: ApiKey | null } | null {
  const notice = query.get('done');
  if (!(doneNotices as readonly (string | null)[]).includes(notice)) return null;
  return {
    notice: notice as DoneNotice,
    user: state.users.find((candidate) => candidate.id === query.get('user')) ?? null,
    key: state.keys.find((candidate) => candidate.id === query.get('key')) ?? null,
  };
}
