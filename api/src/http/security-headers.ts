import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';

/**
 * The Content-Security-Policy of everything that brings none of its own: API answers (JSON,
 * problems), static files, the notice that the web front end is not built. Nothing in them may
 * load, run, submit or be framed. SvelteKit's pages bring their own policy (with the hashes of
 * their inline bootstrap, see web/content-security-policy.ts), and so does the API reference.
 */
export const strictContentSecurityPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The policy of the interactive API reference (/api/docs), the only HTML page the API serves.
 * Its scripts are files from this server (the Scalar bundle and init.js, never inline); Scalar's
 * components insert <style> elements and style attributes at run time, so styles need
 * 'unsafe-inline' (styles only: scripts never do). It fetches the OpenAPI document and sends
 * "try it" requests to this origin only; without default fonts it loads none from elsewhere.
 */
export const apiReferenceContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers every response carries, whoever produced it (API, SvelteKit, static files, errors):
 *
 * - `X-Content-Type-Options: nosniff`: a JSON answer or an upload is never run as a script.
 * - `Referrer-Policy: same-origin`: invitation links carry their token in the path; a page
 *   opened from one must not pass that address on to any other site. Not `no-referrer`: with
 *   it browsers send `Origin: null` on form posts, and SvelteKit then refuses our own forms.
 * - `X-Frame-Options: DENY`: `frame-ancestors 'none'` for browsers that predate it.
 * - `Cross-Origin-Opener-Policy: same-origin`: a window another site opens gets no handle on ours.
 * - `Cross-Origin-Resource-Policy: same-origin`: other sites cannot embed our answers.
 * - `Permissions-Policy`: powerful features nothing here uses stay off, also for anything injected.
 * - `Strict-Transport-Security` for one year with subdomains, only when PUBLIC_ORIGIN is https:
 *   over plain http browsers ignore it, and a development origin must not be pinned to https.
 */
export function commonSecurityHeaders(
  config: Pick<Config, 'publicOrigin'>,
): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(isHttpsOrigin(config) && {
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    }),
  };
}

/**
 * The Cache-Control an answer leaves with. Anything sent to a caller who presented a credential
 * (session cookie or API key) is `no-store`, whatever the handler said: it may show their data,
 * and a shared computer's cache or a proxy must not keep it. Content-addressed assets (`immutable`:
 * SvelteKit's /_app/immutable files, the versioned Scalar bundle) keep their long cache; they are
 * the same for everyone. Otherwise the handler's choice stands, and `fallback` applies when it
 * made none.
 */
export function cacheControlFor(
  current: string | undefined,
  authenticated: boolean,
  fallback: string | undefined,
): string | undefined {
  if (current !== undefined && /\bimmutable\b/i.test(current)) return current;
  if (authenticated) return 'no-store';
  return current ?? fallback;
}

/**
 * Security headers on every answer of the Hono app, errors and the not-found handler included
 * (the app's own requests in tests and the in-process calls of the web front end as well as
 * requests over HTTP; the production listener applies the same rules to pages, see
 * server/security-headers.ts). API answers without a Cache-Control of their own are `no-store`:
 * they are data, and a route that may be cached says so.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const headers = mutableHeaders(c);
    for (const [name, value] of Object.entries(commonSecurityHeaders(c.var.deps.config))) {
      headers.set(name, value);
    }
    if (!headers.has('content-security-policy')) {
      headers.set('content-security-policy', contentSecurityPolicyOf(headers));
    }
    const credential = c.var.authentication?.credential ?? 'none';
    const cacheControl = cacheControlFor(
      headers.get('cache-control') ?? undefined,
      credential !== 'none',
      'no-store',
    );
    if (cacheControl !== undefined) headers.set('cache-control', cacheControl);
  };
}

/**
 * The finished response's headers, writable. A response's headers may be immutable (one a
 * handler passed on from `fetch`); setting one header through the context copies the response
 * once, after which its headers can be changed in place.
 */
function mutableHeaders(c: Context<AppEnv>): Headers {
  c.header('x-content-type-options', 'nosniff');
  return c.res.headers;
}

/** The only HTML the API serves is its reference page; every other answer gets the strict one. */
function contentSecurityPolicyOf(headers: Headers): string {
  const contentType = headers.get('content-type') ?? '';
  return /^text\/html\b/i.test(contentType)
    ? apiReferenceContentSecurityPolicy
    : strictContentSecurityPolicy;
}

export function isHttpsOrigin(config: Pick<Config, 'publicOrigin'>): boolean {
  return new URL(config.publicOrigin).protocol === 'https:';
}
