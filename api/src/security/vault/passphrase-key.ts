import { hashRaw, type Algorithm, type Version } from '@node-rs/argon2';
import type { webcrypto } from 'node:crypto';

/** The Argon2id cost of turning an opening passphrase into a key; stored with every key share. */
export interface PassphraseKeyParameters {
  /** Memory in KiB. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  /** Lanes. */
  parallelism: number;
}

/**
 * Production cost: RFC 9106 §4's second recommended option (64 MiB, 3 passes, 4 lanes). Higher
 * than for login passwords, because a stolen key share can be attacked offline without any rate
 * limit, while a passphrase is entered only a few times per opening session.
 */
export const OPENING_PASSPHRASE_ARGON2ID: Readonly<PassphraseKeyParameters> = Object.freeze({
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 4,
});

/**
 * Bounds on the parameters read back from a stored share: a share cannot be made cheaper than a
 * token cost, nor so expensive that opening it exhausts the server's memory.
 */
const LIMITS = {
  memoryCost: { min: 8, max: 1_048_576 },
  timeCost: { min: 1, max: 16 },
  parallelism: { min: 1, max: 16 },
} as const;

export const PASSPHRASE_SALT_LENGTH = 16;
const KEY_LENGTH = 32;

// @node-rs/argon2 declares its enums as `const enum`, which type stripping cannot inline: these are
// the library's documented numeric values.
const ARGON2ID: Algorithm.Argon2id = 2;
const VERSION_0x13: Version.V0x13 = 1;

/** Throws (naming the field only) when parameters lie outside {@link LIMITS}. */
export function assertPassphraseKeyParameters(parameters: PassphraseKeyParameters): void {
  for (const field of ['memoryCost', 'timeCost', 'parallelism'] as const) {
    const value = parameters[field];
    const { min, max } = LIMITS[field];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`The key share's Argon2id ${field} lies outside ${min}–${max}.`);
    }
  }
  if (parameters.memoryCost < 8 * parameters.parallelism) {
    throw new RangeError("The key share's Argon2id memoryCost is below 8 KiB per lane.");
  }
}

/**
 * The AES-256-GCM key an opening passphrase yields with this salt and cost (Argon2id raw output,
 * RFC 9106). The passphrase is compared as NFC, like passwords, so the same passphrase typed on
 * another system still opens the share. The raw key is imported as non-extractable and wiped; the
 * passphrase itself is a JavaScript string and cannot be wiped.
 */
export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  parameters: PassphraseKeyParameters,
): Promise<webcrypto.CryptoKey> {
  assertPassphraseKeyParameters(parameters);
  if (salt.byteLength !== PASSPHRASE_SALT_LENGTH) {
    throw new RangeError(`A key share's salt has ${PASSPHRASE_SALT_LENGTH} bytes.`);
  }
  const passphraseBytes = new TextEncoder().encode(passphrase.normalize('NFC'));
  let raw: Buffer | undefined;
  try {
    raw = await hashRaw(passphraseBytes, {
      algorithm: ARGON2ID,
      version: VERSION_0x13,
      memoryCost: parameters.memoryCost,
      timeCost: parameters.timeCost,
      parallelism: parameters.parallelism,
      outputLen: KEY_LENGTH,
      salt,
    });
    return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    passphraseBytes.fill(0);
    raw?.fill(0);
  }
}
