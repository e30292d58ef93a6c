import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { bidAssociatedData, type BidBinding } from './bid-binding.ts';
import { SealedBidUnreadableError } from './errors.ts';
import { assertTenderKeyLength, tenderCipherSuite } from './tender-keys.ts';

/** A bid's content as stored: HPKE's encapsulated key and the AEAD ciphertext (RFC 9180 §6.1). */
export interface SealedBid {
  /** The encapsulated key, 32 bytes for X25519. */
  enc: Uint8Array<ArrayBuffer>;
  /** The content encrypted with AES-256-GCM, with its 16-byte tag. */
  ciphertext: Uint8Array<ArrayBuffer>;
}

export interface SealResult {
  sealed: SealedBid;
  /** SHA-256 of {@link sealedBytes}, lowercase hex: what the receipt states and the opening checks. */
  sha256: string;
}

/** The sealed bytes the receipt's hash covers: `enc` then `ciphertext` (enc has a fixed length). */
export function sealedBytes(sealed: SealedBid): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(sealed.enc.byteLength + sealed.ciphertext.byteLength);
  bytes.set(sealed.enc);
  bytes.set(sealed.ciphertext, sealed.enc.byteLength);
  return bytes;
}

/** The receipt hash of sealed bytes, lowercase hex. */
export function sealedBidSha256(sealed: SealedBid): string {
  return encodeHexLowerCase(sha256(sealedBytes(sealed)));
}

/**
 * Seals a bid's content to the tender's public key, bound to tender, lot and bid (single-shot
 * HPKE, RFC 9180 §6.1). The caller owns `content` and wipes it when it no longer needs it.
 */
export async function sealBid(
  publicKey: Uint8Array,
  content: Uint8Array,
  binding: BidBinding,
): Promise<SealResult> {
  assertTenderKeyLength(publicKey, 'public');
  const recipientPublicKey = await tenderCipherSuite.kem.deserializePublicKey(publicKey);
  const { enc, ct } = await tenderCipherSuite.seal(
    { recipientPublicKey },
    content,
    bidAssociatedData(binding),
  );
  const sealed = { enc: new Uint8Array(enc), ciphertext: new Uint8Array(ct) };
  return { sealed, sha256: sealedBidSha256(sealed) };
}

/**
 * Opens a sealed bid with the tender's recombined private key. Fails with
 * {@link SealedBidUnreadableError} when the key, the binding or a byte of the sealed bid differs;
 * the library's own error is dropped, as it adds nothing the caller may show.
 */
export async function openBid(
  privateKey: Uint8Array,
  sealed: SealedBid,
  binding: BidBinding,
): Promise<Uint8Array<ArrayBuffer>> {
  assertTenderKeyLength(privateKey, 'private');
  let opened: ArrayBuffer | undefined;
  try {
    const recipientKey = await tenderCipherSuite.kem.deserializePrivateKey(privateKey);
    opened = await tenderCipherSuite.open(
      { recipientKey, enc: sealed.enc },
      sealed.ciphertext,
      bidAssociatedData(binding),
    );
  } catch {
    opened = undefined;
  }
  // Thrown outside the catch so that no library error travels along as its cause.
  if (opened === undefined) throw new SealedBidUnreadableError();
  return new Uint8Array(opened);
}
