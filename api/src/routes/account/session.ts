import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { principalOf } from '../../http/authenticate.ts';
import type { AppEnv } from '../../http/env.ts';
import type { AccountsContext, Actor } from '../../services/accounts-context.ts';
import { sessionLifetimes } from '../../domain/accounts/lifetimes.ts';
import {
  blankSessionCookie,
  serializeSessionCookie,
  sessionCookie,
  sessionCookieName,
} from '../../http/session-cookie.ts';
import type { CreatedSession } from '../../security/sessions/sessions.ts';

/** What the account verbs need from the request; the actor is the caller the guard resolved. */
export async function accountsContextOf(c: Context<AppEnv>): Promise<AccountsContext> {
  const { deps, requestId, logger } = c.var;
  const principal = await principalOf(c);
  const actor: Actor =
    principal.kind === 'user'
      ? {
          type: 'user',
          userId: principal.userId,
          organisationId: principal.organisationId,
          role: principal.role,
        }
      : { type: 'anonymous' };
  return {
    db: deps.db,
    clock: deps.clock,
    actor,
    requestId,
    sessionLifetimes: sessionLifetimes(deps.config),
    logger,
    passwordHashing: deps.passwordHashing,
  };
}

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
