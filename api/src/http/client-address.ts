import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { resolveClientAddress } from '../address-ranges.ts';

/**
 * What a request brings from the server that runs the app. Over HTTP, @hono/node-server passes
 * the Node request and response; the in-process fetch used by the web front end's server passes
 * the address of the browser it serves instead, since its own socket is not that browser's.
 */
export interface AppBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
  clientAddress?: string;
}

/**
 * The address of the client on the other end: the one the in-process caller vouches for, else
 * the socket's peer. X-Forwarded-For counts only when that peer is one of the configured trusted
 * proxies (`TRUSTED_PROXIES`): then the client is the right-most address in it that is not a
 * trusted proxy itself. Entries further left were written by whoever sent the request to the
 * first trusted proxy, that is by the client, and prove nothing (rate limits key on this).
 * Undefined only for requests made without a server, as in `app.request()` tests.
 */
export function clientAddressOf(c: Context<AppEnv>): string | undefined {
  // `c.env` is absent altogether when the app is called without bindings.
  const bindings = c.env as AppBindings | undefined;
  const peer = bindings?.clientAddress ?? bindings?.incoming?.socket.remoteAddress;
  if (peer === undefined) return undefined;
  const trusted = c.get('deps')?.config.trustedProxies ?? [];
  return resolveClientAddress(peer, c.req.header('x-forwarded-for'), trusted);
}
