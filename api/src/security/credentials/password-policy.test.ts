import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_REFUSED } from './common-passwords.ts';
import {
  CONTEXT_WORDS,
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RECOMMENDED_LENGTH,
  passwordLength,
  type PasswordProblem,
} from './password-policy.ts';

const codes = (password: string, context?: Parameters<typeof checkPassword>[1]) => {
  const result = checkPassword(password, context);
  return result.ok ? [] : result.problems.map((problem: PasswordProblem) => problem.code);
};

describe('checkPassword: length', () => {
  it('refuses seven characters and accepts eight, recommending fifteen', () => {
    expect(checkPassword('kq7#vz2')).toEqual({
      ok: false,
      problems: [{ code: 'too-short', minimum: 8, recommended: 15 }],
    });
    expect(checkPassword('kq7#vz2m')).toEqual({ ok: true });
    expect([PASSWORD_MIN_LENGTH, PASSWORD_RECOMMENDED_LENGTH]).toEqual([8, 15]);
  });

  it('accepts 128 characters and refuses 129', () => {
    const base = 'Zq8-mountain-lantern-';
    const make = (length: number) => base.repeat(10).slice(0, length);
    expect(checkPassword(make(64))).toEqual({ ok: true });
    expect(checkPassword(make(PASSWORD_MAX_LENGTH))).toEqual({ ok: true });
    expect(checkPassword(make(PASSWORD_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problems: [{ code: 'too-long', maximum: 128 }],
    });
  });

  it('counts code points after NFC, not UTF-16 units or combining marks', () => {
    expect(passwordLength('😀😀😀😀')).toBe(4);
    expect('😀😀😀😀'.length).toBe(8);
    expect(passwordLength('e\u0301')).toBe(1);
  });

  it('accepts 128 emoji though they are 256 UTF-16 units', () => {
    expect(checkPassword('🦉'.repeat(128))).toEqual({ ok: true });
    expect(codes('🦉'.repeat(129))).toEqual(['too-long']);
  });
});

describe('checkPassword: no composition rules', () => {
  it('accepts lower-case letters only, digits only, spaces and any script', () => {
    for (const password of [
      'purplemountainlantern',
      '830615927461',
      'vier kleine wale singen',
      'Ärger über Öl in Straße',
      'пароль очень длинный',
      '密码很长而且很安全',
    ]) {
      expect(checkPassword(password), password).toEqual({ ok: true });
    }
  });
});

describe('checkPassword: common passwords', () => {
  it('refuses the whole zxcvbn list, ignoring case', () => {
    expect(COMMON_PASSWORDS_REFUSED).toBeGreaterThanOrEqual(10_000);
    expect(codes('password')).toEqual(['common']);
    expect(codes('PassWord')).toEqual(['common']);
    expect(codes('12345678')).toEqual(['common']);
    expect(codes('iloveyou')).toEqual(['common']);
    // Near the end of the list (rank ~49,000), still refused.
    expect(codes('voxstrange')).toEqual(['common']);
  });

  it('reports a short common password as both', () => {
    expect(codes('123456')).toEqual(['too-short', 'common']);
  });
});

describe('checkPassword: personal data and context words', () => {
  const context = { email: 'anna-lena.schmidt@stadt-kiel.de', name: 'Anna-Lena Schmidt' };

  it('refuses the e-mail address, its local part or a piece of it', () => {
    expect(codes('anna-lena.schmidt@stadt-kiel.de', { email: context.email })).toEqual([
      'contains-personal-data',
    ]);
    expect(codes('x9 ANNA-LENA.SCHMIDT!', { email: context.email })).toEqual([
      'contains-personal-data',
    ]);
    expect(codes('Schmidt-2026!', { email: context.email })).toEqual(['contains-personal-data']);
  });

  it('refuses the name, its parts and the parts run together', () => {
    expect(checkPassword('annalenaschmidt', context)).toEqual({
      ok: false,
      problems: [
        { code: 'contains-personal-data', field: 'email' },
        { code: 'contains-personal-data', field: 'name' },
      ],
    });
    expect(codes('Lena!Kiel!2026', { name: context.name })).toEqual(['contains-personal-data']);
  });

  it('ignores name fragments shorter than four characters', () => {
    expect(codes('library-lantern-9', { name: 'Li Bo' })).toEqual([]);
  });

  it('refuses the product and field words and the caller’s own words', () => {
    expect(CONTEXT_WORDS).toContain('tenderwise');
    expect(codes('Tenderwise2026!')).toEqual(['contains-context-word']);
    expect(codes('meine-Vergabe-123')).toEqual(['contains-context-word']);
    expect(codes('Kiel-Hafen-Amt-77', { words: ['Kiel-Hafen'] })).toEqual([
      'contains-context-word',
    ]);
  });

  it('accepts an unrelated password with the same context', () => {
    expect(checkPassword('blue whale sings at dawn', context)).toEqual({ ok: true });
  });
});

describe('checkPassword: results', () => {
  it('never throws for any string and returns only codes and numbers', () => {
    const samples = ['', ' ', '\u0000'.repeat(9), '\uD800lonely surrogate', 'a'.repeat(100_000)];
    for (const password of samples) {
      const result = checkPassword(password, { email: '', name: '   ' });
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
