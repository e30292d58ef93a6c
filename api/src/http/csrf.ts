import type { Context, MiddlewareHandler } from 'hono';
import { recordRefusedAttempt } from '../security/audit/index.ts';
import { auditActorOf } from '../security/access/principal.ts';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';
import { sendProblem } from './problem.ts';

/** RFC 9110 § 9.2.1: methods that promise not to change anything. Every other one is checked. */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** What the audit log records for a refused cross-site request (outcome `refused`). */
export const crossSiteRequestAuditAction = 'access.cross_site_request.refused';

/** Why a request was judged cross-site; goes to the log, never more than this. */
export type CrossSiteReason = 'cross-site' | 'foreign-origin' | 'no-origin';

export interface RequestProvenance {
  /** The `Sec-Fetch-Site` header as sent, if any. */
  fetchSite: string | undefined;
  /** The `Origin` header as sent, if any. */
  origin: string | undefined;
}

/**
 * Decides whether an unsafe request comes from a page of this origin; pure.
 *
 * - `Sec-Fetch-Site` (every current browser sends it, and no page can set or change it) must be
 *   `same-origin`. `same-site` is refused: a sibling host is exactly what the `__Host-` cookie
 *   prefix keeps out. `none` (a navigation the user started: address bar, bookmark) is refused
 *   too: such navigations are GETs, so an unsafe request saying `none` came from something else.
 * - Without it (older browsers), `Origin` must equal PUBLIC_ORIGIN; `null` (sandboxed frames,
 *   some redirects) never does.
 * - Without either, only a caller that presents no session cookie passes: a program such as curl
 *   or a vendor's integration (they use API keys); a browser sends one of the two on every unsafe
 *   request, so a cookie without them is not a browser we can vouch for.
 */
export function judgeProvenance(
  provenance: RequestProvenance,
  publicOrigin: string,
  withSessionCookie: boolean,
): { allowed: true } | { allowed: false; reason: CrossSiteReason } {
  if (provenance.fetchSite !== undefined) {
    return provenance.fetchSite === 'same-origin'
      ? { allowed: true }
      : { allowed: false, reason: 'cross-site' };
  }
  if (provenance.origin !== undefined) {
    return sameOrigin(provenance.origin, publicOrigin)
      ? { allowed: true }
      : { allowed: false, reason: 'foreign-origin' };
  }
  return withSessionCookie ? { allowed: false, reason: 'no-origin' } : { allowed: true };
}

/**
 * Cross-site request forgery protection for `/api/*`, mounted after `authenticate`. SameSite=Lax
 * keeps the session cookie off cross-site form posts already, but not off requests from sibling
 * hosts of the same site, nor from browsers that ignore SameSite. Hono's `csrf` helper and
 * SvelteKit's origin check only look at form content types; a JSON request needs a CORS preflight
 * that we never grant, but a proxy that adds CORS headers must not be all that stands in the way.
 * So every unsafe method is checked, whatever its content type:
 *
 * - with the session cookie: the request must come from a page of PUBLIC_ORIGIN
 *   ({@link judgeProvenance}), else 403;
 * - with an API key (`Authorization: Bearer`) and no cookie: exempt. A browser never adds that
 *   header to a request another site makes, so the key proves the caller chose to send it;
 * - with no credential: refused only when a header shows another site sent it. That blocks login
 *   CSRF (another site posting our login or invitation form to sign the victim into an account of
 *   the attacker's), while programs without these headers can still log in.
 *
 * The web front end's server calls the API in-process with `Sec-Fetch-Site` set by itself from
 * the browser request it serves (web/src/lib/server/api-fetch.ts), so its calls are judged like
 * the browser's own. A refusal is a 403 problem, logged with its reason only (no header values,
 * cookies or body) and, for a signed-in caller, recorded in the audit log as
 * `access.cross_site_request.refused`; anonymous refusals are not, so the public cannot make the
 * server write.
 */
export function crossSiteRequestGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const credential = c.var.authentication?.credential ?? 'none';
    if (credential === 'apiKey') return next();
    const verdict = judgeProvenance(
      { fetchSite: c.req.header('sec-fetch-site'), origin: c.req.header('origin') },
      c.var.deps.config.publicOrigin,
      credential === 'session',
    );
    if (verdict.allowed) return next();
    c.get('logger').warn(
      { method: c.req.method, path: c.req.path, reason: verdict.reason },
      'Refused a cross-site request',
    );
    if (credential === 'session') await recordRefusal(c);
    return sendProblem(c, 'forbidden', {
      detail:
        'Requests that change something must come from a page of this site. ' +
        'Programs authenticate with an API key instead of a session cookie.',
    });
  };
}

/** Records the refusal for the signed-in user the cookie belongs to; a failure to record is logged. */
async function recordRefusal(c: Context<AppEnv>): Promise<void> {
  try {
    const principal = await c.var.authentication!.principal();
    const actor = auditActorOf(principal);
    if (actor === null) return;
    const { db, clock } = c.var.deps;
    await recordRefusedAttempt(db, clock, {
      actor,
      action: crossSiteRequestAuditAction,
      object: null,
      outcome: 'refused',
      requestId: c.var.requestId,
    });
  } catch (error) {
    c.get('logger').error({ err: error }, 'Could not record a refused cross-site request');
  }
}

function sameOrigin(origin: string, publicOrigin: Config['publicOrigin']): boolean {
  try {
    return new URL(origin).origin === new URL(publicOrigin).origin;
  } catch {
    return false;
  }
}
