import { describe, expect, it } from 'vitest';
import {
  blankSessionCookie,
  serializeSessionCookie,
  sessionCookie,
  sessionCookieName,
} from '../../../src/http/session-cookie.ts';

const expires = new Date('2026-03-02T20:00:00Z');
const token = 'abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567';

describe('sessionCookie', () => {
  it('is Secure with the __Host- prefix when the public origin is https', () => {
    const cookie = sessionCookie(
      { publicOrigin: 'https://tenderwise.example.org' },
      token,
      expires,
    );
    expect(cookie).toEqual({
      name: '__Host-tw_session',
      value: token,
      attributes: { httpOnly: true, sameSite: 'Lax', path: '/', secure: true, expires },
    });
    expect(serializeSessionCookie(cookie)).toBe(
      `__Host-tw_session=${token}; Path=/; Expires=Mon, 02 Mar 2026 20:00:00 GMT; HttpOnly; SameSite=Lax; Secure`,
    );
  });

  it('is a plain HttpOnly, SameSite=Lax cookie on an http origin', () => {
    const cookie = sessionCookie({ publicOrigin: 'http://127.0.0.1:3000' }, token, expires);
    expect(cookie.name).toBe('tw_session');
    expect(cookie.attributes).toEqual({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: false,
      expires,
    });
    const header = serializeSessionCookie(cookie);
    expect(header).not.toMatch(/Secure|Domain/);
    expect(header).toContain('HttpOnly; SameSite=Lax');
  });

  it('never sets a Domain, which the __Host- prefix forbids', () => {
    const header = serializeSessionCookie(
      sessionCookie({ publicOrigin: 'https://a.example.org' }, token, expires),
    );
    expect(header).not.toMatch(/domain/i);
    expect(header).toContain('Path=/;');
  });

  it('removes the cookie with an empty value that expired long ago', () => {
    const blank = blankSessionCookie({ publicOrigin: 'https://tenderwise.example.org' });
    expect(blank.name).toBe(sessionCookieName({ publicOrigin: 'https://x.example' }));
    expect(blank.value).toBe('');
    expect(blank.attributes.expires.getTime()).toBe(0);
    expect(blank.attributes.secure).toBe(true);
  });
});
