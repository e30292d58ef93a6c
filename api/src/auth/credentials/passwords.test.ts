import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  ARGON2ID_PARAMETERS,
  hashPassword,
  needsRehash,
  prepareDummyHash,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords.ts';

describe('hashPassword and verifyPassword', () => {
  it('stores Argon2id with the current parameters and a fresh salt', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(second).not.toBe(first);
    expect(ARGON2ID_PARAMETERS).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  });

  it('accepts the password and refuses any other, case included', async () => {
    const stored = await hashPassword('Correct horse battery staple');
    expect(await verifyPassword({ hash: stored, password: 'Correct horse battery staple' })).toBe(
      true,
    );
    expect(await verifyPassword({ hash: stored, password: 'correct horse battery staple' })).toBe(
      false,
    );
    expect(await verifyPassword({ hash: stored, password: 'Correct horse battery stapl' })).toBe(
      false,
    );
  });

  it('accepts a composed and a decomposed accent as the same password', async () => {
    const stored = await hashPassword('Kreuzb\u00e9rg-Vergabest\u00e9lle');
    const decomposed = 'Kreuzbe\u0301rg-Vergabeste\u0301lle';
    expect(await verifyPassword({ hash: stored, password: decomposed })).toBe(true);
  });

  it('checks passwords far beyond the policy maximum without truncating them', async () => {
    const long = 'x'.repeat(1_000);
    const stored = await hashPassword(long);
    expect(await verifyPassword({ hash: stored, password: long })).toBe(true);
    expect(await verifyPassword({ hash: stored, password: 'x'.repeat(999) })).toBe(false);
  });

  it('throws on a stored hash that is not an Argon2 hash, naming no password', async () => {
    const attempt = verifyPassword({ hash: 'not-a-hash', password: 'canary-pw-7f3a' });
    await expect(attempt).rejects.toThrow('The stored password hash is not a readable Argon2 hash');
    await attempt.catch((error: unknown) => {
      expect(String(error)).not.toContain('canary-pw-7f3a');
      expect((error as Error).cause).toBeUndefined();
    });
  });
});

describe('needsRehash', () => {
  it('is false for a hash made now', async () => {
    expect(needsRehash(await hashPassword('correct horse battery staple'))).toBe(false);
  });

  it('is true for less memory, fewer passes or another Argon2 variant', async () => {
    const password = 'correct horse battery staple';
    const weaker = [
      await hash(password, { algorithm: 2, memoryCost: 8_192, timeCost: 2, parallelism: 1 }),
      await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 1, parallelism: 1 }),
      await hash(password, { algorithm: 1, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
    ];
    for (const stored of weaker) expect(needsRehash(stored)).toBe(true);
  });

  it('is false for stronger parameters, which still verify', async () => {
    const stronger = await hash('pw', { algorithm: 2, memoryCost: 32_768, timeCost: 3 });
    expect(needsRehash(stronger)).toBe(false);
    expect(await verifyPassword({ hash: stronger, password: 'pw' })).toBe(true);
  });

  it('is true for something that is no Argon2 hash', () => {
    expect(needsRehash('$2b$12$abcdefghijklmnopqrstuu')).toBe(true);
    expect(needsRehash('')).toBe(true);
  });
});

describe('verifyAgainstDummy', () => {
  // That it costs what a wrong password costs is shown in passwords-dummy.test.ts by what it
  // calls, not by timing it: this machine is shared and timings are noise.
  it('is always false, also for the empty password', async () => {
    await prepareDummyHash();
    expect(await verifyAgainstDummy('wrong password')).toBe(false);
    expect(await verifyAgainstDummy('')).toBe(false);
  });
});
