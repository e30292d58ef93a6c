import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { encodeBase64 } from '@oslojs/encoding';

/** The cost of one Argon2id hash. */
export interface Argon2idParameters {
  /** Memory in KiB. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  /** Lanes. */
  parallelism: number;
}

/**
 * Argon2id cost parameters: the minimum that OWASP's Password Storage Cheat Sheet and ASVS 5
 * (V11.4.2) accept for Argon2id. Raising one of them makes `needsRehash` report every older hash,
 * so stored hashes follow on the users' next successful login.
 */
export const ARGON2ID_PARAMETERS: Readonly<Argon2idParameters> = Object.freeze({
  /** Memory in KiB (19 MiB per hash in flight). */
  memoryCost: 19_456,
  /** Passes over the memory. */
  timeCost: 2,
  /** Lanes; one, so a login occupies one libuv thread and concurrent logins do not starve each other. */
  parallelism: 1,
});

// @node-rs/argon2 declares its enums as `const enum`, which type stripping cannot inline, and its
// runtime object is empty: the numeric values are the library's documented ones.
const ARGON2ID: Algorithm.Argon2id = 2;
const VERSION_0x13 = 1;

/**
 * Hashing and checking of passwords at one cost. Production uses {@link productionPasswordHashing};
 * a test may hand a cheaper one to the code under test (`AppDeps.passwordHashing`), since the cost
 * protects stored hashes, which tests do not have.
 */
export interface PasswordHashing {
  readonly parameters: Readonly<Argon2idParameters>;
  /** Hashes a password with Argon2id; the result is a PHC string carrying its own salt and parameters. */
  hashPassword(password: string): Promise<string>;
  /**
   * Checks a password against a stored hash, at the cost the hash states; the library compares
   * the digests in constant time. Throws (without details) only when the stored hash is not a
   * readable Argon2 hash: that is damaged data, not a wrong password, and must not pass silently.
   */
  verifyPassword(input: { hash: string; password: string }): Promise<boolean>;
  /**
   * True when a stored hash was made with another algorithm or version, or with less memory or
   * fewer passes than these parameters: the caller rehashes the password it has just verified.
   */
  needsRehash(storedHash: string): boolean;
  /**
   * Spends the same work as checking a wrong password, for a login whose user does not exist, so
   * that response time does not tell which e-mail addresses have accounts. Always false.
   * The first call also computes the dummy hash; `prepareDummyHash` takes that cost out of the
   * first login.
   */
  verifyAgainstDummy(password: string): Promise<false>;
  /** Computes the dummy hash ahead of the first login; optional. */
  prepareDummyHash(): Promise<void>;
}

/**
 * Passwords are compared as NFC: the same password typed on two systems can arrive composed
 * ("é") or decomposed ("e" + combining accent), which look identical to the user. NFC only merges
 * such canonically equivalent sequences; it neither truncates nor folds case (ASVS 6.2.8).
 */
function normalise(password: string): string {
  return password.normalize('NFC');
}

async function verifyStored(
  argon2: Argon2Functions,
  input: { hash: string; password: string },
): Promise<boolean> {
  let readable: boolean;
  try {
    parseOptions(input.hash);
    readable = true;
  } catch {
    readable = false;
  }
  // Thrown outside the catch so that no library error (and no cause) travels with it.
  if (!readable) throw new Error('The stored password hash is not a readable Argon2 hash');
  return argon2.verify(input.hash, normalise(input.password));
}

/** The two functions of the Argon2 library the hashing uses. */
export interface Argon2Functions {
  hash: typeof hash;
  verify: typeof verify;
}

/**
 * Argon2id hashing at the given cost; {@link ARGON2ID_PARAMETERS} unless stated. `argon2` is the
 * library by default; a test may wrap it to watch the work done.
 */
export function argon2idHashing(
  parameters: Readonly<Argon2idParameters> = ARGON2ID_PARAMETERS,
  argon2: Argon2Functions = { hash, verify },
): PasswordHashing {
  const frozen = Object.freeze({ ...parameters });
  const options: Options = { algorithm: ARGON2ID, ...frozen };
  let dummyHash: Promise<string> | undefined;

  // Made once per instance from random bytes that are then dropped, so no password can match it.
  const getDummyHash = (): Promise<string> => {
    dummyHash ??= argon2
      .hash(encodeBase64(crypto.getRandomValues(new Uint8Array(32))), options)
      .catch((error: unknown) => {
        dummyHash = undefined;
        throw error;
      });
    return dummyHash;
  };

  return {
    parameters: frozen,
    hashPassword: (password) => argon2.hash(normalise(password), options),
    verifyPassword: (input) => verifyStored(argon2, input),
    needsRehash(storedHash) {
      let parsed: ReturnType<typeof parseOptions>;
      try {
        parsed = parseOptions(storedHash);
      } catch {
        return true;
      }
      return (
        parsed.algorithm !== ARGON2ID ||
        parsed.version !== VERSION_0x13 ||
        parsed.memoryCost < frozen.memoryCost ||
        parsed.timeCost < frozen.timeCost ||
        parsed.outputLen < 32
      );
    },
    async verifyAgainstDummy(password) {
      await argon2.verify(await getDummyHash(), normalise(password));
      return false;
    },
    async prepareDummyHash() {
      await getDummyHash();
    },
  };
}

/** What the server uses: {@link ARGON2ID_PARAMETERS}. */
export const productionPasswordHashing: PasswordHashing = argon2idHashing(ARGON2ID_PARAMETERS);

/** The hashing a caller passed, or production's when it passed none. */
export function passwordHashingOr(chosen: PasswordHashing | undefined): PasswordHashing {
  return chosen ?? productionPasswordHashing;
}

/** {@link PasswordHashing.hashPassword} at production cost. */
export function hashPassword(password: string): Promise<string> {
  return productionPasswordHashing.hashPassword(password);
}

/** {@link PasswordHashing.verifyPassword}; the cost is the stored hash's own. */
export function verifyPassword(input: { hash: string; password: string }): Promise<boolean> {
  return productionPasswordHashing.verifyPassword(input);
}

/** {@link PasswordHashing.needsRehash} against {@link ARGON2ID_PARAMETERS}. */
export function needsRehash(storedHash: string): boolean {
  return productionPasswordHashing.needsRehash(storedHash);
}

/** {@link PasswordHashing.verifyAgainstDummy} at production cost. */
export function verifyAgainstDummy(password: string): Promise<false> {
  return productionPasswordHashing.verifyAgainstDummy(password);
}

/** {@link PasswordHashing.prepareDummyHash} at production cost. */
export function prepareDummyHash(): Promise<void> {
  return productionPasswordHashing.prepareDummyHash();
}
