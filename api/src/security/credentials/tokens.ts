import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * The shape every bearer secret of ours has (Lucia design): a public id to find the row and a
 * secret of which only the SHA-256 is stored. Ids are 15 random bytes (24 base32 characters);
 * secrets 20 random bytes (32 characters, 160 bits, above ASVS 7.2.3's 128).
 */
export const tokenIdLength = 24;
export const tokenSecretLength = 32;

const idBytes = 15;
const secretBytes = 20;

const idPattern = new RegExp(`^[a-z2-7]{${tokenIdLength}}$`);
const secretPattern = new RegExp(`^[a-z2-7]{${tokenSecretLength}}$`);

/** `length` random bytes from the platform's CSPRNG, as lowercase base32 without padding. */
export function randomBase32(length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export interface TokenParts {
  id: string;
  secret: string;
}

export function generateTokenParts(): TokenParts {
  return { id: randomBase32(idBytes), secret: randomBase32(secretBytes) };
}

/** A fresh random secret without an id, for tokens looked up by their hash (invitations). */
export function generateSecret(): string {
  return randomBase32(secretBytes);
}

/** Splits `id.secret`; anything else (wrong lengths, alphabet, extra dots) is null. */
export function parseTokenParts(token: string): TokenParts | null {
  const dot = token.indexOf('.');
  if (dot < 0) return null;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!idPattern.test(id) || !secretPattern.test(secret)) return null;
  return { id, secret };
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  // node-postgres returns a Buffer, PGlite a Uint8Array; compare the bytes alike.
  const stored = new Uint8Array(storedHash.buffer, storedHash.byteOffset, storedHash.byteLength);
  return constantTimeEqual(hashSecret(secret), stored);
}
