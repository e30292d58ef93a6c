import { hash, verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { argon2idHashing } from './passwords.ts';

// Counts the Argon2 verifications (the library, wrapped), to show that an unknown user's login
// runs the same verification as a wrong password: with a hash of the current parameters. The
// dummy hash follows whatever parameters the hashing has; the smallest cost keeps this cheap.
const calls = { verify: [] as string[] };
const { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } = argon2idHashing(
  { memoryCost: 8, timeCost: 1, parallelism: 1 },
  {
    hash,
    verify: (hashed, password, ...rest) => {
      calls.verify.push(typeof hashed === 'string' ? hashed : Buffer.from(hashed).toString());
      return verify(hashed, password, ...rest);
    },
  },
);

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
