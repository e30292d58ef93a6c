import { argon2idHashing } from '../../src/security/credentials/passwords.ts';

/**
 * Argon2id at the smallest cost the algorithm allows (8 KiB, one pass): tests exercise the code
 * around hashing, not the cost that protects stored hashes, and production's cost made every
 * login in a test take a real Argon2 computation. Handed to the code under test as
 * `AppDeps.passwordHashing` / `ServiceContext.passwordHashing`; the production parameters are
 * asserted once, where the server wires its dependencies (test/runtime/server/start.test.ts).
 */
export const testPasswordHashing = argon2idHashing({ memoryCost: 8, timeCost: 1, parallelism: 1 });
