import { Aes256Gcm, CipherSuite, DhkemX25519HkdfSha256, HkdfSha256 } from '@hpke/core';
import { createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * A tender's HPKE key pair (RFC 9180): bids are sealed to its public key, and its private key
 * exists only while the tender is published (then split into key shares) and during an opening.
 * Suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM (RFC 9180 §7.1–7.3, ids 0x0020,
 * 0x0001, 0x0002), in base mode: the bidder is not authenticated by the key schedule but by the
 * submission's own authentication.
 */
export const tenderCipherSuite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
});

/** Serialised X25519 keys are 32 bytes each (RFC 9180 §7.1.1, Npk and Nsk). */
export const TENDER_KEY_LENGTH = 32;

export interface TenderKeyPair {
  /** Stored with the tender; what bidders seal to. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** Never stored: split into key shares at once, then wiped with `privateKey.fill(0)`. */
  privateKey: Uint8Array<ArrayBuffer>;
}

/** A fresh key pair for one tender, serialised as RFC 9180's SerializePublicKey/SerializePrivateKey. */
export async function generateTenderKeyPair(): Promise<TenderKeyPair> {
  const pair = await tenderCipherSuite.kem.generateKeyPair();
  return {
    publicKey: new Uint8Array(await tenderCipherSuite.kem.serializePublicKey(pair.publicKey)),
    privateKey: new Uint8Array(await tenderCipherSuite.kem.serializePrivateKey(pair.privateKey)),
  };
}

/** Throws (without the key's content) when a serialised key is not an X25519 key's length. */
export function assertTenderKeyLength(key: Uint8Array, which: 'public' | 'private'): void {
  if (key.byteLength !== TENDER_KEY_LENGTH) {
    throw new TypeError(`A tender's ${which} key has ${TENDER_KEY_LENGTH} bytes.`);
  }
}

// PKCS #8 wrapping of a raw X25519 private key (RFC 8410 §7): this fixed prefix, then the 32 bytes.
const X25519_PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20,
]);

/**
 * The public key that belongs to a serialised private key. Computed through a Node key object
 * rather than a JWK export, so that the private key never becomes a (non-wipable) string; the key
 * object's own copy is freed by the garbage collector and cannot be wiped from here.
 */
export function publicKeyOf(privateKey: Uint8Array): Uint8Array<ArrayBuffer> {
  assertTenderKeyLength(privateKey, 'private');
  const der = new Uint8Array(X25519_PKCS8_PREFIX.byteLength + TENDER_KEY_LENGTH);
  der.set(X25519_PKCS8_PREFIX);
  der.set(privateKey, X25519_PKCS8_PREFIX.byteLength);
  try {
    const spki = createPublicKey(
      createPrivateKey({ key: Buffer.from(der.buffer), format: 'der', type: 'pkcs8' }),
    ).export({
      format: 'der',
      type: 'spki',
    });
    // The SubjectPublicKeyInfo of X25519 ends with the 32 raw bytes of the public key.
    return new Uint8Array(spki.subarray(spki.byteLength - TENDER_KEY_LENGTH));
  } finally {
    der.fill(0);
  }
}
