// Actions on a user that cannot be undone from this page, or that lock somebody out at once:
// each first shows a confirmation (`?confirm=<action>&user=<id>`, a plain link, so it works
// without JavaScript) whose button then sends the POST.

export const confirmedActions = ['disable', 'endSessions', 'resetTotp'] as const;
export type ConfirmedAction = (typeof confirmedActions)[number];

/** What the page says after a redirect (`?done=<notice>&user=<id>`). */
export const doneNotices = [
  'organisation-created',
  'disabled',
  'sessions-ended',
  'totp-reset',
] as const;
export type DoneNotice = (typeof doneNotices)[number];
