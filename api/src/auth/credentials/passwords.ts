import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { encodeBase64 } from '@oslojs/encoding';

/**
 * Argon2id cost parameters: the minimum that OWASP's Password Storage Cheat Sheet and ASVS 5
 * (V11.4.2) accept for Argon2id. Raising one of them makes `needsRehash` report every older hash,
 * so stored hashes follow on the users' next successful login.
 */
export const ARGON2ID_PARAMETERS = Object.freeze({
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

const options: Options = { algorithm: ARGON2ID, ...ARGON2ID_PARAMETERS };

/**
 * Passwords are compared as NFC: the same password typed on two systems can arrive composed
 * ("é") or decomposed ("e" + combining accent), which look identical to the user. NFC only merges
 * such canonically equivalent sequences; it neither truncates nor folds case (ASVS 6.2.8).
 */
function normalise(password: string): string {
  return password.normalize('NFC');
}

/** Hashes a password with Argon2id; the result is a PHC string carrying its own salt and parameters. */
export async function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), options);
}

/**
 * Checks a password against a stored hash; the library compares the digests in constant time.
 * Throws (without details) only when the stored hash is not a readable Argon2 hash: that is
 * damaged data, not a wrong password, and must not pass silently.
 */
export async function verifyPassword(input: { hash: string; password: string }): Promise<boolean> {
  let readable: boolean;
  try {
    parseOptions(input.hash);
    readable = true;
  } catch {
    readable = false;
  }
  // Thrown outside the catch so that no library error (and no cause) travels with it.
  if (!readable) throw new Error('The stored password hash is not a readable Argon2 hash');
  return verify(input.hash, normalise(input.password));
}

/**
 * True when a stored hash was made with another algorithm or version, or with less memory or
 * fewer passes than `ARGON2ID_PARAMETERS`: the caller rehashes the password it has just verified.
 */
export function needsRehash(storedHash: string): boolean {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(storedHash);
  } catch {
    return true;
  }
  return (
    parsed.algorithm !== ARGON2ID ||
    parsed.version !== VERSION_0x13 ||
    parsed.memoryCost < ARGON2ID_PARAMETERS.memoryCost ||
    parsed.timeCost < ARGON2ID_PARAMETERS.timeCost ||
    parsed.outputLen < 32
  );
}

let dummyHash: Promise<string> | undefined;

/**
 * The hash that logins for unknown users are verified against, made once per process from
 * random bytes that are then dropped, so no password can match it.
 */
function getDummyHash(): Promise<string> {
  dummyHash ??= hash(encodeBase64(crypto.getRandomValues(new Uint8Array(32))), options).catch(
    (error: unknown) => {
      dummyHash = undefined;
      throw error;
    },
  );
  return dummyHash;
}

/**
 * Spends the same work as checking a wrong password, for a login whose user does not exist, so
 * that response time does not tell which e-mail addresses have accounts. Always false.
 * The first call in a process also computes the dummy hash; call `prepareDummyHash` at start-up
 * to take that cost out of the first login.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verify(await getDummyHash(), normalise(password));
  return false;
}

/** Computes the dummy hash ahead of the first login; optional. */
export async function prepareDummyHash(): Promise<void> {
  await getDummyHash();
}
