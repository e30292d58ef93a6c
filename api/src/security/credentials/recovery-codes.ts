import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeHexLowerCase } from '@oslojs/encoding';

/** Codes issued at enrolment; each works once. */
export const RECOVERY_CODE_COUNT = 10;

/**
 * Crockford's base32 in lower case: no i, l, o or u, and what people mistype for 0 and 1 is read
 * as 0 and 1 (see `normalise`). 32 symbols, so each character carries exactly 5 bits.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const GROUPS = 5;
const GROUP_LENGTH = 5;
const LENGTH = GROUPS * GROUP_LENGTH;

/**
 * 125 bits per code. The hashes are plain SHA-256 (fast, unsalted), which is sound only for
 * secrets nobody can enumerate: ASVS 5 (6.5.2) allows a standard hash from 112 bits on and wants
 * a salted password hash below. At 50 bits one GPU computing 10^10 SHA-256 per second would find
 * a code from a stolen database in about a day; at 125 bits, never. A password hash instead would
 * cost Argon2 work for every stored code on every attempt, an easy way to load the server.
 */
export const RECOVERY_CODE_BITS = LENGTH * 5;

export interface RecoveryCodeSet {
  /** Shown to the user once, formatted `xxxxx-xxxxx-xxxxx-xxxxx-xxxxx`; never stored. */
  codes: string[];
  /** SHA-256 of each code's canonical form, lower-case hex, in the order of `codes`. */
  hashes: string[];
}

/** A new set of recovery codes from the system CSPRNG (ASVS 6.5.3) and their hashes. */
export function generateRecoveryCodes(count: number = RECOVERY_CODE_COUNT): RecoveryCodeSet {
  const codes: string[] = [];
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const canonical = randomCanonicalCode();
    codes.push(format(canonical));
    hashes.push(hashCanonical(canonical));
  }
  return { codes, hashes };
}

/**
 * The index of the stored hash that a typed code matches, or null. Entries that are null stand
 * for codes already used and never match; the caller marks the returned index used. Every entry
 * is compared in constant time, also after a match. Case, spaces and hyphens do not matter.
 */
export function verifyRecoveryCode(
  code: string,
  storedHashes: ReadonlyArray<string | null>,
): number | null {
  const canonical = normalise(code);
  if (canonical === null) return null;
  const given = utf8.encode(hashCanonical(canonical));
  let match: number | null = null;
  for (const [index, stored] of storedHashes.entries()) {
    if (stored === null) continue;
    if (constantTimeEqual(utf8.encode(stored.toLowerCase()), given) && match === null) {
      match = index;
    }
  }
  return match;
}

const utf8 = new TextEncoder();

function randomCanonicalCode(): string {
  // 5 bits per character straight from the random bytes: 32 symbols, so no modulo bias.
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

function format(canonical: string): string {
  const groups: string[] = [];
  for (let i = 0; i < LENGTH; i += GROUP_LENGTH) groups.push(canonical.slice(i, i + GROUP_LENGTH));
  return groups.join('-');
}

/** The canonical form of a typed code (25 symbols of the alphabet), or null if it cannot be one. */
function normalise(code: string): string | null {
  if (typeof code !== 'string' || code.length > LENGTH * 4) return null;
  const canonical = code
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015\u2212]+/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (canonical.length !== LENGTH) return null;
  for (const symbol of canonical) if (!ALPHABET.includes(symbol)) return null;
  return canonical;
}

function hashCanonical(canonical: string): string {
  return encodeHexLowerCase(sha256(utf8.encode(canonical)));
}
