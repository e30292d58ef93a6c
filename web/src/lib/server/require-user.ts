import { error, redirect, type Cookies } from '@sveltejs/kit';
import { deLocalizeHref, localizeHref } from '#lib/paraglide/runtime.js';
import { mayUse, type SignedInArea, type SignedInUser } from '#lib/account/signed-in-user.ts';
import { returnQuery } from '#lib/navigation/return-path.ts';
import type { Refusal } from '#lib/services/result.ts';
import { hasSessionCookie } from './api.ts';

/** The login page in the current language, returning to `returnPath` (a base-language path). */
export function loginHref(returnPath: string | null, notice?: 'session-ended'): string {
  const query = new URLSearchParams(returnQuery(returnPath));
  if (notice) query.set('notice', notice);
  const search = query.size > 0 ? `?${query}` : '';
  return `${localizeHref('/login')}${search}`;
}

/**
 * The page's address in the base language, to come back to after signing in. Without its query
 * for a form action, whose query names the action (`?/start`), not the page.
 */
export function returnPathOf(
  url: URL,
  options: { withQuery: boolean } = { withQuery: true },
): string {
  return deLocalizeHref(url.pathname) + (options.withQuery ? url.search : '');
}

/**
 * For the load of a protected page: visitors go to the login and come back afterwards; a role
 * that may not use the area gets 403.
 */
export function requireUser(
  user: SignedInUser | null,
  url: URL,
  area?: SignedInArea,
): SignedInUser {
  if (user === null) redirect(303, loginHref(returnPathOf(url)));
  if (area && !mayUse(user, area)) error(403, 'Not allowed');
  return user;
}

/**
 * For the pages of the sign-in after the password, which the layout does not guard: somebody
 * without any session is asked to sign in (and comes back here), not told a session ended.
 */
export function requireSessionCookie(cookies: Pick<Cookies, 'get'>, returnPath: string): void {
  if (!hasSessionCookie(cookies)) redirect(303, loginHref(returnPath));
}

/** For actions and loads whose API call answered 401: the session has ended meanwhile. */
export function sessionEnded(url: URL): never {
  redirect(303, loginHref(deLocalizeHref(url.pathname), 'session-ended'));
}

/** For actions: a service refused with 401, so the session has ended meanwhile: to the login. */
export function leaveIfSessionEnded(refused: Refusal, url: URL): void {
  if (refused.problem.status === 401) sessionEnded(url);
}
