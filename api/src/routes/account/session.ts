import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import {
  blankSessionCookie,
  serializeSessionCookie,
  sessionCookie,
  sessionCookieName,
} from '../../http/session-cookie.ts';
import type { CreatedSession } from '../../security/sessions/sessions.ts';

/** The session token of the request's cookie ('' without one); the guard has checked it already. */
export function sessionTokenOf(c: Context<AppEnv>): string {
  return getCookie(c, sessionCookieName(c.var.deps.config)) ?? '';
}

/**
 * Hands a new session to the browser in the cookie, the only place a token ever travels; the
 * cookie lives until the session's absolute expiry (the idle timeout is the server's business).
 */
export function setSessionCookie(c: Context<AppEnv>, created: CreatedSession): void {
  const expires = new Date(created.session.absolute_expires_at);
  c.header(
    'set-cookie',
    serializeSessionCookie(sessionCookie(c.var.deps.config, created.token, expires)),
    {
      append: true,
    },
  );
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  c.header('set-cookie', serializeSessionCookie(blankSessionCookie(c.var.deps.config)), {
    append: true,
  });
}

/** Account answers are about one person and carry credentials: no cache may keep them. */
export function noStore(c: Context<AppEnv>): void {
  c.header('cache-control', 'no-store');
}
