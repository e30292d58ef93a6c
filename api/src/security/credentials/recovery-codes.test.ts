import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  RECOVERY_CODE_BITS,
  RECOVERY_CODE_COUNT,
  verifyRecoveryCode,
} from './recovery-codes.ts';

const FORMAT = /^[0-9a-hjkmnp-tv-z]{5}(-[0-9a-hjkmnp-tv-z]{5}){4}$/;

describe('generateRecoveryCodes', () => {
  it('makes ten distinct codes in groups, with a SHA-256 hash each', () => {
    const { codes, hashes } = generateRecoveryCodes();
    expect(RECOVERY_CODE_COUNT).toBe(10);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(112);
  });

  it('stores no code in its hashes', () => {
    const { codes, hashes } = generateRecoveryCodes();
    const stored = hashes.join(' ');
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replaceAll('-', ''));
    }
  });

  it('uses every symbol of the alphabet about equally', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      for (const code of generateRecoveryCodes().codes) {
        for (const symbol of code.replaceAll('-', ''))
          counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      }
    }
    // 50,000 symbols over 32: 1,562.5 expected each, σ ≈ 39.
    expect(counts.size).toBe(32);
    for (const count of counts.values()) expect(Math.abs(count - 1_562.5)).toBeLessThan(250);
  });
});

describe('verifyRecoveryCode', () => {
  it('finds the index of the matching hash', () => {
    const { codes, hashes } = generateRecoveryCodes();
    codes.forEach((code, index) => expect(verifyRecoveryCode(code, hashes)).toBe(index));
  });

  it('ignores case, spaces, hyphens and the usual look-alikes', () => {
    const { codes, hashes } = generateRecoveryCodes();
    const code = codes[3]!;
    const plain = code.replaceAll('-', '');
    expect(verifyRecoveryCode(code.toUpperCase(), hashes)).toBe(3);
    expect(verifyRecoveryCode(`  ${plain.match(/.{1,4}/g)!.join(' ')} `, hashes)).toBe(3);
    expect(verifyRecoveryCode(code.replaceAll('-', '\u2013'), hashes)).toBe(3);
    expect(verifyRecoveryCode(plain.replaceAll('0', 'O').replaceAll('1', 'l'), hashes)).toBe(3);
  });

  it('does not match a used code (a null entry) or a code of another set', () => {
    const { codes, hashes } = generateRecoveryCodes();
    const used = hashes.map((hash, index) => (index === 2 ? null : hash));
    expect(verifyRecoveryCode(codes[2]!, used)).toBeNull();
    expect(verifyRecoveryCode(codes[4]!, used)).toBe(4);
    expect(verifyRecoveryCode(generateRecoveryCodes().codes[0]!, hashes)).toBeNull();
  });

  it('refuses malformed input without throwing', () => {
    const { codes, hashes } = generateRecoveryCodes();
    const code = codes[0]!;
    for (const attempt of [
      '',
      code.slice(0, -1),
      `${code}x`,
      code.replace(/.$/, 'u'),
      code.replace(/.$/, '!'),
      'x'.repeat(10_000),
      undefined as unknown as string,
    ]) {
      expect(verifyRecoveryCode(attempt, hashes)).toBeNull();
    }
    expect(verifyRecoveryCode(code, [])).toBeNull();
  });
});
