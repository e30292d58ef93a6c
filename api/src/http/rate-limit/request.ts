import type { Context } from 'hono';
import type { Principal } from '../../security/access/principal.ts';
import { clientAddressOf } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import type { RateLimitContext } from '../../security/rate-limit/take-allowance.ts';

/** The rate-limit context of a request; `actor` as the audit log names it, null for anonymous. */
export function rateLimitContextOf(
  c: Context<AppEnv>,
  actor: RateLimitContext['actor'] = null,
): RateLimitContext {
  const { deps, requestId, logger } = c.var;
  return { db: deps.db, clock: deps.clock, actor, requestId, logger };
}

/**
 * The key part for the client's address (see `clientAddressOf`). Requests made without a server
 * (`app.request()` in tests) have none and share one key, so they are limited as one client
 * rather than not at all.
 */
export function addressKeyOf(c: Context<AppEnv>): string {
  return `address:${clientAddressOf(c) ?? 'unknown'}`;
}

/** The key part for an account named by e-mail address, as the login looks it up (ignoring case). */
export function emailKeyOf(email: unknown): string {
  return `email:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
}

/** The key part for a signed-in caller; their address when the caller is anonymous. */
export function callerKeyOf(c: Context<AppEnv>, principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return `user:${principal.userId}`;
    case 'apiKey':
      return `api_key:${principal.keyId}`;
    case 'operator':
      return `operator:${principal.name}`;
    case 'anonymous':
      return addressKeyOf(c);
  }
}
