import type { Config } from '../config.ts';

export interface SessionCookie {
  name: string;
  value: string;
  attributes: {
    httpOnly: true;
    sameSite: 'Lax';
    path: '/';
    secure: boolean;
    expires: Date;
  };
}

/**
 * The session cookie's name: with the `__Host-` prefix on https, which browsers accept only with
 * Secure, Path=/ and no Domain, so neither a sibling host nor plain http can set or shadow it.
 * Browsers refuse Secure cookies over http, so a plain http origin (development) gets a plain name.
 */
export function sessionCookieName(config: Pick<Config, 'publicOrigin'>): string {
  return isHttps(config) ? '__Host-tw_session' : 'tw_session';
}

/**
 * The cookie that carries a session token. SameSite=Lax sends it on top-level navigation from
 * other sites (links in e-mails work) but not on their subresource or form POST requests; unsafe
 * requests are additionally checked for their origin by the HTTP layer. Pass the session's
 * absolute expiry as `expires`: the idle timeout is enforced by the server.
 */
export function sessionCookie(
  config: Pick<Config, 'publicOrigin'>,
  token: string,
  expires: Date,
): SessionCookie {
  return {
    name: sessionCookieName(config),
    value: token,
    attributes: { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(config), expires },
  };
}

/** The cookie that removes the session cookie from the browser (logout, invalid token). */
export function blankSessionCookie(config: Pick<Config, 'publicOrigin'>): SessionCookie {
  return sessionCookie(config, '', new Date(0));
}

/** The cookie as a `Set-Cookie` header value. */
export function serializeSessionCookie(cookie: SessionCookie): string {
  const { attributes } = cookie;
  const parts = [
    `${cookie.name}=${cookie.value}`,
    `Path=${attributes.path}`,
    `Expires=${attributes.expires.toUTCString()}`,
    'HttpOnly',
    `SameSite=${attributes.sameSite}`,
  ];
  if (attributes.secure) parts.push('Secure');
  return parts.join('; ');
}

function isHttps(config: Pick<Config, 'publicOrigin'>): boolean {
  return new URL(config.publicOrigin).protocol === 'https:';
}
