import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.ts';
import {
  createTotpSecret,
  hotpCode,
  TOTP_GRACE_STEPS,
  totpCounterAt,
  totpKeyUri,
  totpQrCodeSvg,
  verifyTotp,
  verifyTotpAt,
} from './totp.ts';

// RFC 6238 Appendix B, SHA-1 rows.
const rfcSecret = new TextEncoder().encode('12345678901234567890');
const rfcVectors: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

const at = (seconds: number) => new Date(seconds * 1000);
const codeAt = (secret: Uint8Array, seconds: number) =>
  hotpCode(secret, totpCounterAt(at(seconds)));

describe('HOTP over the time step', () => {
  it('reproduces the RFC 6238 test vectors with 8 digits', () => {
    for (const [seconds, code] of rfcVectors) {
      expect(hotpCode(rfcSecret, totpCounterAt(at(seconds)), 8), String(seconds)).toBe(code);
    }
  });

  it('accepts the last six digits of each vector at its time', () => {
    for (const [seconds, code] of rfcVectors) {
      const result = verifyTotpAt({
        secret: rfcSecret,
        code: code.slice(2),
        now: at(seconds),
        lastUsedCounter: null,
      });
      expect(result, String(seconds)).toEqual({ ok: true, counter: Math.floor(seconds / 30) });
    }
  });
});

describe('verifyTotp', () => {
  it('reads the time from the injected clock', async () => {
    const clock = fixedClock(at(1111111111));
    const result = await verifyTotp({
      secret: rfcSecret,
      code: '050471',
      clock,
      lastUsedCounter: null,
    });
    expect(result).toEqual({ ok: true, counter: 37037037 });
    clock.advance(10 * 60_000);
    expect(
      await verifyTotp({ secret: rfcSecret, code: '050471', clock, lastUsedCounter: null }),
    ).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts a code once: the same code again is a replay', async () => {
    const secret = createTotpSecret();
    const clock = fixedClock('2026-11-28T10:00:05Z');
    const code = hotpCode(secret, totpCounterAt(await clock.now()));
    const first = await verifyTotp({ secret, code, clock, lastUsedCounter: null });
    expect(first.ok).toBe(true);
    const lastUsedCounter = first.ok ? first.counter : null;
    expect(await verifyTotp({ secret, code, clock, lastUsedCounter })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    clock.advance(20_000);
    expect(await verifyTotp({ secret, code, clock, lastUsedCounter })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('refuses an older code after a newer one was used', () => {
    const secret = createTotpSecret();
    const now = at(1_800_000_015);
    const current = totpCounterAt(now);
    const previous = hotpCode(secret, current - 1);
    expect(verifyTotpAt({ secret, code: previous, now, lastUsedCounter: current })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect(verifyTotpAt({ secret, code: previous, now, lastUsedCounter: current - 2 })).toEqual({
      ok: true,
      counter: current - 1,
    });
  });

  it('accepts the previous and next step within one step of grace, not two', () => {
    expect(TOTP_GRACE_STEPS).toBe(1);
    const secret = createTotpSecret();
    const now = at(1_800_000_015);
    const current = totpCounterAt(now);
    const check = (offset: number, graceSteps?: number) =>
      verifyTotpAt({
        secret,
        code: hotpCode(secret, current + offset),
        now,
        lastUsedCounter: null,
        graceSteps,
      });
    expect(check(-1)).toEqual({ ok: true, counter: current - 1 });
    expect(check(1)).toEqual({ ok: true, counter: current + 1 });
    expect(check(-2)).toEqual({ ok: false, reason: 'invalid' });
    expect(check(2)).toEqual({ ok: false, reason: 'invalid' });
    expect(check(-1, 0)).toEqual({ ok: false, reason: 'invalid' });
    expect(check(0, 0)).toEqual({ ok: true, counter: current });
  });

  it('refuses codes from far away in time', () => {
    const secret = createTotpSecret();
    const now = at(1_800_000_015);
    for (const seconds of [-3_600, -300, -90, 90, 300, 86_400]) {
      const code = codeAt(secret, 1_800_000_015 + seconds);
      const result = verifyTotpAt({ secret, code, now, lastUsedCounter: null });
      // A far step's code collides with a near one about once in 333,333 draws; tolerate that.
      if (result.ok) expect(Math.abs(result.counter - totpCounterAt(now))).toBeLessThanOrEqual(1);
      else expect(result.reason).toBe('invalid');
    }
  });

  it('refuses wrong lengths and non-digits without throwing, and ignores spaces', () => {
    const secret = rfcSecret;
    const now = at(59);
    for (const code of ['', '28708', '2870822', '28708a', '２８７０８２', '-87082', '287.82']) {
      expect(verifyTotpAt({ secret, code, now, lastUsedCounter: null }), code).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
    const notAString = undefined as unknown as string;
    expect(verifyTotpAt({ secret, code: notAString, now, lastUsedCounter: null })).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyTotpAt({ secret, code: ' 287 082 ', now, lastUsedCounter: null })).toEqual({
      ok: true,
      counter: 1,
    });
  });

  it('throws on misuse, without the secret', () => {
    const now = at(59);
    expect(() =>
      verifyTotpAt({
        secret: rfcSecret,
        code: '287082',
        now,
        lastUsedCounter: null,
        graceSteps: -1,
      }),
    ).toThrow(RangeError);
    expect(() =>
      verifyTotpAt({ secret: new Uint8Array(8), code: '287082', now, lastUsedCounter: null }),
    ).toThrow('A TOTP secret must be at least 16 bytes');
  });
});

describe('enrolment', () => {
  it('creates 160-bit secrets that differ', () => {
    const a = createTotpSecret();
    expect(a).toHaveLength(20);
    expect(createTotpSecret()).not.toEqual(a);
  });

  it('builds the key URI authenticator apps read', () => {
    const secret = createTotpSecret();
    const uri = new URL(totpKeyUri(secret, { issuer: 'Tenderwise', account: 'anna@kiel.de' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Tenderwise:anna@kiel.de');
    expect(uri.searchParams.get('issuer')).toBe('Tenderwise');
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(decodeBase32IgnorePadding(uri.searchParams.get('secret')!)).toEqual(secret);
  });

  it('draws the QR code as a self-contained SVG', async () => {
    const uri = totpKeyUri(createTotpSecret(), { issuer: 'Tenderwise', account: 'anna@kiel.de' });
    const svg = await totpQrCodeSvg(uri);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<script|href|<image|<foreignObject|\bon[a-z]+=|url\(/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(svg.match(/https?:\/\/[^"']+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });
});
