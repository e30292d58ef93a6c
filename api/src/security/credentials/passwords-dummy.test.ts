import type * as Argon2 from '@node-rs/argon2';
import { describe, expect, it, vi } from 'vitest';

// Counts the Argon2 verifications behind the module's back, to show that an unknown user's login
// runs the same verification as a wrong password: with a hash of the current parameters.
const calls = vi.hoisted(() => ({ verify: [] as string[] }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof Argon2>();
  return {
    ...original,
    verify: (hashed: string, password: string | Uint8Array) => {
      calls.verify.push(hashed);
      return original.verify(hashed, password);
    },
  };
});

const { argon2idHashing } = await import('./passwords.ts');
// The dummy hash follows whatever parameters the hashing has; the smallest cost keeps this cheap.
const { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } = argon2idHashing({
  memoryCost: 8,
  timeCost: 1,
  parallelism: 1,
});

describe('verifyAgainstDummy', () => {
  it('runs one real Argon2id verification against a hash with the current parameters', async () => {
    const stored = await hashPassword('correct horse battery staple');
    calls.verify.length = 0;
    await verifyPassword({ hash: stored, password: 'wrong password' });
    await verifyAgainstDummy('wrong password');
    expect(calls.verify).toHaveLength(2);
    const [wrongPasswordHash, dummyHash] = calls.verify as [string, string];
    expect(dummyHash).not.toBe(wrongPasswordHash);
    expect(dummyHash.startsWith('$argon2id$')).toBe(true);
    expect(needsRehash(dummyHash)).toBe(false);
    // Same parameters, so the same work: only the salt and digest differ.
    expect(dummyHash.split('$').slice(0, 4)).toEqual(wrongPasswordHash.split('$').slice(0, 4));
  });
});
