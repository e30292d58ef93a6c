import { decodeBase32, nextTotpStep, totpCode, totpStep } from '../helpers/totp.ts';
import { expect, test } from '../helpers/test.ts';

// The journeys are the user's authenticator app: if this helper were wrong, a failing sign-in
// would look like a bug of the server. RFC 6238 Appendix B, SHA-1, last six of the eight digits.

const rfcKey = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890" in base32

test('the TOTP helper computes the codes of RFC 6238', () => {
  expect(decodeBase32(rfcKey).toString('ascii')).toBe('12345678901234567890');
  for (const [seconds, code] of [
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ] as const) {
    expect(totpCode(rfcKey, totpStep(seconds * 1000))).toBe(code);
  }
});

test('the TOTP helper reads keys as apps show them, grouped and in any case', () => {
  const grouped = rfcKey.toLowerCase().replace(/(.{4})/g, '$1 ');
  expect(totpCode(grouped, 1)).toBe(totpCode(rfcKey, 1));
});

test('the TOTP helper picks a step the server accepts without waiting for the clock', () => {
  // The server takes one step of grace each way, each step once, none at or before the last used.
  expect(nextTotpStep(null, 100)).toBe(100);
  expect(nextTotpStep(97, 100)).toBe(100);
  expect(nextTotpStep(99, 100)).toBe(100);
  expect(nextTotpStep(100, 100)).toBe(101);
  // A third code within one step has no step left: an error, not a wait.
  expect(() => nextTotpStep(101, 100)).toThrow(/Give the test its own user/);
});
