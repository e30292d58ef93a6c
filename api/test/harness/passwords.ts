import { hash, verify } from '@node-rs/argon2';
import { argon2idHashing, type PasswordHashing } from '../../src/security/credentials/passwords.ts';

const smallestCost = { memoryCost: 8, timeCost: 1, parallelism: 1 } as const;

/**
 * Argon2id at the smallest cost the algorithm allows (8 KiB, one pass): tests exercise the code
 * around hashing, not the cost that protects stored hashes, and production's cost made every
 * login in a test take a real Argon2 computation. Handed to the code under test as
 * `AppDeps.passwordHashing` / `ServiceContext.passwordHashing`; that production uses
 * `ARGON2ID_PARAMETERS` is asserted once (src/security/credentials/passwords.test.ts, and
 * test/runtime/server/start.test.ts for the server's wiring).
 */
export const testPasswordHashing: PasswordHashing = argon2idHashing(smallestCost);

/**
 * {@link testPasswordHashing} that records the hash of every Argon2 verification it runs, to show
 * how much Argon2 work a request caused (the library itself, wrapped; no module mocking).
 */
export function countingPasswordHashing(): { hashing: PasswordHashing; verified: string[] } {
  const verified: string[] = [];
  const hashing = argon2idHashing(smallestCost, {
    hash,
    verify: (hashed, password, ...rest) => {
      verified.push(typeof hashed === 'string' ? hashed : Buffer.from(hashed).toString());
      return verify(hashed, password, ...rest);
    },
  });
  return { hashing, verified };
}

/**
 * The Argon2id cost that locks opening keys in tests (64 KiB, one pass): like passwords, tests
 * exercise the code around it; production's `OPENING_PASSPHRASE_ARGON2ID` is asserted in the
 * vault's unit tests.
 */
export const testOpeningKeyCost = { memoryCost: 64, timeCost: 1, parallelism: 1 } as const;
