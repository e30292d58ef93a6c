import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { authorize, requirePolicy } from '../security/access/authorize.ts';
import { isPublicOperation, type PolicyTable } from '../security/access/policy.ts';
import { anonymous, principalOfSession, type Principal } from '../security/access/principal.ts';
import { apiKeyInQuery, verifyApiKey } from '../security/credentials/api-keys.ts';
import { sessionLifetimes } from '../domain/accounts/lifetimes.ts';
import { blankSessionCookie, serializeSessionCookie, sessionCookieName } from './session-cookie.ts';
import { validateSessionToken } from '../security/sessions/sessions.ts';
import { sessionStage } from '../services/sessions/session-stage.ts';
import { limitApiKeyRequests } from './rate-limit/api-keys.ts';
import type { AppEnv } from './env.ts';
import { sendProblem } from './problem.ts';

/** The credential a request presented, as read from it; not yet checked. */
export type PresentedCredential =
  { kind: 'none' } | { kind: 'session'; token: string } | { kind: 'apiKey'; token: string };

export interface Authentication {
  credential: PresentedCredential['kind'];
  /** The caller. Checks the credential against the database on the first call only. */
  principal(): Promise<Principal>;
}

/**
 * Reads the caller's credential on every `/api/*` request: the session cookie or an
 * `Authorization: Bearer tw_…` API key. Checking it is deferred until an operation asks for the
 * principal (`principalOf`), so public operations never touch the database for it and a request
 * without a credential never does.
 *
 * Refused outright, whatever the operation, with 400 and nothing logged but the path:
 * - an API key in the query string: it counts as leaked (URLs end up in logs, proxies and
 *   histories). 400 rather than 401, because sending the same URL again can never succeed.
 * - a session cookie and an Authorization header together: which of two identities acts would
 *   be a guess.
 *
 * A credential that does not check out (malformed, unknown, expired, revoked, another scheme than
 * Bearer) makes the caller anonymous: public operations answer as for anyone, protected ones 401
 * (never 403, so a probe learns nothing about the credential). A rejected session cookie is also
 * cleared in the browser.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (apiKeyInQuery(c.req.url)) {
      c.get('logger').warn({ path: c.req.path }, 'Refused a request with an API key in its URL');
      return sendProblem(c, 'malformed-request', {
        detail:
          'API keys are not accepted in the URL; send them as "Authorization: Bearer <key>". ' +
          'Revoke this key: a key sent in a URL counts as disclosed.',
      });
    }
    const credential = presentedCredential(c);
    if (credential === 'ambiguous') {
      return sendProblem(c, 'malformed-request', {
        detail: 'Send either the session cookie or an Authorization header, not both.',
      });
    }
    let resolved: Promise<Principal> | undefined;
    c.set('authentication', {
      credential: credential.kind,
      principal: () => (resolved ??= resolvePrincipal(c, credential)),
    });
    await next();
  };
}

/** The caller of the current request; anonymous when no `authenticate` middleware ran. */
export async function principalOf(c: Context<AppEnv>): Promise<Principal> {
  const authentication = c.get('authentication');
  return authentication === undefined ? anonymous : authentication.principal();
}

/**
 * Enforces an operation's policy row before its input is validated, so an unauthorised caller
 * learns nothing from validation errors. Public operations pass without looking up the caller.
 * Operations on an object only get the caller checked here (kind, role, scope, second factor);
 * their domain verb calls `authorize` again with the object it found.
 */
export function operationGuard(
  operationId: string,
  table?: PolicyTable,
): MiddlewareHandler<AppEnv> {
  const policy = requirePolicy(operationId, table);
  const open = isPublicOperation(policy);
  return async (c, next) => {
    c.set('publicOperation', open);
    if (!open) {
      const { deps, requestId } = c.var;
      const principal = await principalOf(c);
      await authorize(
        { principal, db: deps.db, clock: deps.clock, requestId },
        { operationId, table },
      );
    }
    await next();
  };
}

function presentedCredential(c: Context<AppEnv>): PresentedCredential | 'ambiguous' {
  const authorization = c.req.header('authorization');
  const cookie = getCookie(c, sessionCookieName(c.var.deps.config));
  if (authorization !== undefined && cookie !== undefined) return 'ambiguous';
  if (authorization !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    // Another scheme or a malformed header is a credential that does not check out.
    return { kind: 'apiKey', token: match?.[1] ?? '' };
  }
  if (cookie !== undefined) return { kind: 'session', token: cookie };
  return { kind: 'none' };
}

async function resolvePrincipal(
  c: Context<AppEnv>,
  credential: PresentedCredential,
): Promise<Principal> {
  const { db, clock, config } = c.var.deps;
  switch (credential.kind) {
    case 'none':
      return anonymous;
    case 'session': {
      const validated = await validateSessionToken(
        db,
        clock,
        credential.token,
        sessionLifetimes(config),
      );
      if (validated === null) {
        c.header('set-cookie', serializeSessionCookie(blankSessionCookie(config)), {
          append: true,
        });
        return { kind: 'anonymous', rejectedCredential: 'session' };
      }
      const stage = await sessionStage(db, validated);
      return principalOfSession(validated, { secondFactorPending: stage !== 'full' });
    }
    case 'apiKey': {
      const key = credential.token === '' ? null : await verifyApiKey(db, clock, credential.token);
      if (key === null) return { kind: 'anonymous', rejectedCredential: 'apiKey' };
      await limitApiKeyRequests(c, key.id);
      return {
        kind: 'apiKey',
        keyId: key.id,
        organisationId: key.organisationId,
        scopes: key.scopes,
      };
    }
  }
}
