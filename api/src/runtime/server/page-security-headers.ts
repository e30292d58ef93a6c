import type {
  IncomingMessage,
  OutgoingHttpHeader,
  OutgoingHttpHeaders,
  RequestListener,
  ServerResponse,
} from 'node:http';
import { sessionCookieName } from '../../http/session-cookie.ts';
import type { Config } from '../../config.ts';
import {
  cacheControlFor,
  commonSecurityHeaders,
  strictContentSecurityPolicy,
} from '../../http/security-headers.ts';

/**
 * Gives every answer of the production server its security headers, at the last moment before
 * the head is written, whoever wrote it: the API, SvelteKit's pages and error pages, adapter-node's
 * static files, the notice that the web front end is not built, a bare 500. Applied here, in the
 * one request listener, rather than in SvelteKit hooks (which never see static files) or Hono
 * middleware alone (which never sees pages). The API's middleware sets the same headers for its
 * in-process callers; setting them twice gives the same values.
 *
 * - The common headers ({@link commonSecurityHeaders}) replace whatever a handler set.
 * - A Content-Security-Policy the handler set stays the only one (SvelteKit's page policy with
 *   its script hashes, the API reference's); anything without one gets the strict policy.
 * - A request that presents a credential (the session cookie or an Authorization header) gets
 *   `no-store` on everything but immutable assets. Presenting is enough: checking the session
 *   would cost a database query per asset, and an invalid cookie loses nothing by it.
 */
export function withSecurityHeaders(
  listener: RequestListener,
  config: Pick<Config, 'publicOrigin'>,
): RequestListener {
  const common = Object.entries(commonSecurityHeaders(config));
  const cookieName = sessionCookieName(config);
  return (request, response) => {
    const authenticated = presentsCredential(request, cookieName);
    beforeHead(response, (statusCode) => {
      for (const [name, value] of common) response.setHeader(name, value);
      // A 304 updates the cached response's headers: a strict policy on it would replace the
      // page's own and leave the cached page without its scripts, styles and forms.
      if (statusCode !== 304 && !response.hasHeader('content-security-policy')) {
        response.setHeader('content-security-policy', strictContentSecurityPolicy);
      }
      const current = response.getHeader('cache-control');
      const cacheControl = cacheControlFor(
        current === undefined ? undefined : String(current),
        authenticated,
        undefined,
      );
      if (cacheControl !== undefined) response.setHeader('cache-control', cacheControl);
    });
    listener(request, response);
  };
}

/** Whether the request carries the session cookie or an Authorization header. */
export function presentsCredential(request: IncomingMessage, cookieName: string): boolean {
  if (request.headers.authorization !== undefined) return true;
  const cookies = request.headers.cookie ?? '';
  return cookies.split(';').some((pair) => pair.split('=', 1)[0]!.trim() === cookieName);
}

/**
 * Runs `finish` just before the response's head goes out. Node writes the head through
 * `writeHead`, called explicitly by handlers or implicitly on the first write; headers handed to
 * `writeHead` are folded in first (they take precedence over earlier `setHeader` calls, as in
 * Node), so `finish` sees exactly what would be sent and may still change it.
 */
function beforeHead(response: ServerResponse, finish: (statusCode: number) => void): void {
  const writeHead = response.writeHead;
  response.writeHead = function (
    this: ServerResponse,
    statusCode: number,
    ...rest: [string?, (OutgoingHttpHeaders | OutgoingHttpHeader[])?]
  ) {
    const statusMessage = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    if (headers !== undefined && !this.headersSent) {
      for (const [name, value] of headerEntries(headers)) this.setHeader(name, value);
    }
    if (!this.headersSent) finish(statusCode);
    return (writeHead as (code: number, message?: string) => ServerResponse).call(
      this,
      statusCode,
      statusMessage,
    );
  } as ServerResponse['writeHead'];
}

/**
 * The headers given to `writeHead` as name and value pairs: an object, or Node's raw array form
 * (`[name, value, name, value]` or `[[name, value], …]`), where repeated names add values.
 */
function headerEntries(
  headers: OutgoingHttpHeaders | OutgoingHttpHeader[],
): [string, OutgoingHttpHeader][] {
  if (!Array.isArray(headers)) {
    return Object.entries(headers).filter(
      (entry): entry is [string, OutgoingHttpHeader] => entry[1] !== undefined,
    );
  }
  const pairs: [string, OutgoingHttpHeader][] = Array.isArray(headers[0])
    ? (headers as unknown as [string, OutgoingHttpHeader][])
    : Array.from({ length: Math.floor(headers.length / 2) }, (_, index) => [
        String(headers[2 * index]),
        headers[2 * index + 1]!,
      ]);
  const grouped = new Map<string, { name: string; values: string[] }>();
  for (const [name, value] of pairs) {
    const entry = grouped.get(name.toLowerCase()) ?? { name, values: [] };
    entry.values.push(...(Array.isArray(value) ? value : [String(value)]));
    grouped.set(name.toLowerCase(), entry);
  }
  return [...grouped.values()].map(({ name, values }) => [
    name,
    values.length === 1 ? values[0]! : values,
  ]);
}
