import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  ARGON2ID_PARAMETERS,
  argon2idHashing,
  hashPassword,
  needsRehash,
  passwordHashingOr,
  productionPasswordHashing,
  verifyPassword,
} from './passwords.ts';

// The behaviour does not depend on the cost: every test but the first runs at the smallest cost
// Argon2id allows, and the first asserts the cost production pays.
const cheap = argon2idHashing({ memoryCost: 8, timeCost: 1, parallelism: 1 });

describe('production password hashing', () => {
  it('stores Argon2id with m=19456, t=2, p=1 and a fresh salt', async () => {
    expect(ARGON2ID_PARAMETERS).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(productionPasswordHashing.parameters).toEqual(ARGON2ID_PARAMETERS);
    // Code that is given no hashing (the server never is) uses production's.
    expect(passwordHashingOr(undefined)).toBe(productionPasswordHashing);
    const first = await hashPassword('correct horse battery staple');
    const second = await productionPasswordHashing.hashPassword('correct horse battery staple');
    for (const stored of [first, second]) {
      expect(stored).toMatch(
        /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
      );
      expect(needsRehash(stored)).toBe(false);
    }
    expect(second).not.toBe(first);
    expect(await verifyPassword({ hash: first, password: 'correct horse battery staple' })).toBe(
      true,
    );
  });
});

describe('hashPassword and verifyPassword', () => {
  it('stores Argon2id with the given parameters and a fresh salt', async () => {
    const first = await cheap.hashPassword('correct horse battery staple');
    const second = await cheap.hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=8,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
  });

  it('accepts the password and refuses any other, case included', async () => {
    const stored = await cheap.hashPassword('Correct horse battery staple');
    const check = (password: string) => cheap.verifyPassword({ hash: stored, password });
    expect(await check('Correct horse battery staple')).toBe(true);
    expect(await check('correct horse battery staple')).toBe(false);
    expect(await check('Correct horse battery stapl')).toBe(false);
  });

  it('accepts a composed and a decomposed accent as the same password', async () => {
    const stored = await cheap.hashPassword('Kreuzb\u00e9rg-Vergabest\u00e9lle');
    const decomposed = 'Kreuzbe\u0301rg-Vergabeste\u0301lle';
    expect(await cheap.verifyPassword({ hash: stored, password: decomposed })).toBe(true);
  });

  it('checks passwords far beyond the policy maximum without truncating them', async () => {
    const long = 'x'.repeat(1_000);
    const stored = await cheap.hashPassword(long);
    expect(await cheap.verifyPassword({ hash: stored, password: long })).toBe(true);
    expect(await cheap.verifyPassword({ hash: stored, password: 'x'.repeat(999) })).toBe(false);
  });

  it('checks a hash at the cost the hash states, whoever checks it', async () => {
    const stored = await cheap.hashPassword('pw');
    expect(await verifyPassword({ hash: stored, password: 'pw' })).toBe(true);
  });

  it('throws on a stored hash that is not an Argon2 hash, naming no password', async () => {
    for (const attempt of [
      verifyPassword({ hash: 'not-a-hash', password: 'canary-pw-7f3a' }),
      cheap.verifyPassword({ hash: 'not-a-hash', password: 'canary-pw-7f3a' }),
    ]) {
      await expect(attempt).rejects.toThrow(
        'The stored password hash is not a readable Argon2 hash',
      );
      await attempt.catch((error: unknown) => {
        expect(String(error)).not.toContain('canary-pw-7f3a');
        expect((error as Error).cause).toBeUndefined();
      });
    }
  });
});

describe('needsRehash', () => {
  const current = argon2idHashing({ memoryCost: 64, timeCost: 2, parallelism: 1 });

  it('is false for a hash made now', async () => {
    expect(current.needsRehash(await current.hashPassword('correct horse battery staple'))).toBe(
      false,
    );
  });

  it('is true for less memory, fewer passes or another Argon2 variant', async () => {
    const password = 'correct horse battery staple';
    const weaker = [
      await hash(password, { algorithm: 2, memoryCost: 32, timeCost: 2, parallelism: 1 }),
      await hash(password, { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 }),
      await hash(password, { algorithm: 1, memoryCost: 64, timeCost: 2, parallelism: 1 }),
    ];
    for (const stored of weaker) expect(current.needsRehash(stored)).toBe(true);
    // Production's threshold is production's parameters.
    expect(needsRehash(weaker[0]!)).toBe(true);
  });

  it('is false for stronger parameters, which still verify', async () => {
    const stronger = await hash('pw', { algorithm: 2, memoryCost: 128, timeCost: 3 });
    expect(current.needsRehash(stronger)).toBe(false);
    expect(await current.verifyPassword({ hash: stronger, password: 'pw' })).toBe(true);
  });

  it('is true for something that is no Argon2 hash', () => {
    for (const hashing of [current, productionPasswordHashing]) {
      expect(hashing.needsRehash('$2b$12$abcdefghijklmnopqrstuu')).toBe(true);
      expect(hashing.needsRehash('')).toBe(true);
    }
  });
});

describe('verifyAgainstDummy', () => {
  // That it costs what a wrong password costs is shown in passwords-dummy.test.ts by what it
  // calls, not by timing it: this machine is shared and timings are noise.
  it('is always false, also for the empty password', async () => {
    await cheap.prepareDummyHash();
    expect(await cheap.verifyAgainstDummy('wrong password')).toBe(false);
    expect(await cheap.verifyAgainstDummy('')).toBe(false);
  });
});
