import { encodeBase64, decodeBase64 } from '@oslojs/encoding';
import { split } from 'shamir-secret-sharing';
import { SealedBidUnreadableError } from './errors.ts';
import { KEY_SHARE_THRESHOLD, MIN_KEY_SHARE_HOLDERS, lockShare, openShare } from './key-shares.ts';
import type { KeyShare, LockedKeyShare } from './key-shares.ts';
import { OPENING_PASSPHRASE_ARGON2ID, type PassphraseKeyParameters } from './passphrase-key.ts';
import { assertTenderKeyLength, generateTenderKeyPair, tenderCipherSuite } from './tender-keys.ts';

/**
 * The personal keys of opening officers and deputies, one per holder and tender. A holder sets an
 * opening passphrase before publication; we create an X25519 key pair for them, keep its public
 * key and lock its private key under the passphrase (Argon2id, AES-256-GCM: `lockShare`). At
 * publication the tender's private key is split and each share sealed (HPKE) to a holder's public
 * key, so publication needs nobody's passphrase and the tender's key is never stored whole.
 * Opening a share takes the holder's passphrase: passphrase → personal key → share.
 */

const SHARE_SEAL_LABEL = 'tenderwise/sealed-key-share/v1';
const ENC_LENGTH = 32;

export interface HolderKey {
  publicKey: Uint8Array<ArrayBuffer>;
  locked: LockedKeyShare;
}

/** A holder's new personal key for one tender, its private half locked under the passphrase. */
export async function createHolderKey(
  owner: { tenderId: string; holderId: string; passphrase: string },
  parameters: Readonly<PassphraseKeyParameters> = OPENING_PASSPHRASE_ARGON2ID,
): Promise<HolderKey> {
  const pair = await generateTenderKeyPair();
  try {
    return {
      publicKey: pair.publicKey,
      locked: await lockShare(pair.privateKey, owner, parameters),
    };
  } finally {
    pair.privateKey.fill(0);
  }
}

/** Unlocks a holder's personal private key; a wrong passphrase fails with 403 (`openShare`). */
export async function unlockHolderKey(
  locked: LockedKeyShare,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const opened = await openShare(locked, passphrase);
  return opened.bytes;
}

function shareBinding(
  tenderId: string,
  holderId: string,
  split: 'opening' | 'breakGlass',
): Uint8Array<ArrayBuffer> {
  // The opening split keeps the binding it was defined with; the break-glass split is named.
  const parts =
    split === 'opening'
      ? [SHARE_SEAL_LABEL, tenderId, holderId]
      : [SHARE_SEAL_LABEL, tenderId, holderId, split];
  return new TextEncoder().encode(JSON.stringify(parts));
}

export interface SealedHolderShare {
  holderId: string;
  holderPublicKey: Uint8Array<ArrayBuffer>;
  /** HPKE's encapsulated key (32 bytes), then the sealed share. */
  sealed: Uint8Array<ArrayBuffer>;
}

/**
 * Splits a tender's private key among its holders (at least {@link MIN_KEY_SHARE_HOLDERS},
 * distinct; any {@link KEY_SHARE_THRESHOLD} open it) and seals each share to its holder's public
 * key, bound to tender and holder. The plain shares are wiped; the caller wipes `privateKey`.
 */
export async function splitToHolders(input: {
  tenderId: string;
  privateKey: Uint8Array;
  holders: readonly { holderId: string; publicKey: Uint8Array }[];
  /** Fewest holders; two for the officers' break-glass split, which needs them both or any two. */
  minimumHolders?: number;
  /** Binds the sealed shares to their split, so a share of one split never passes for the other. */
  split?: 'opening' | 'breakGlass';
}): Promise<SealedHolderShare[]> {
  assertTenderKeyLength(input.privateKey, 'private');
  const minimum = input.minimumHolders ?? MIN_KEY_SHARE_HOLDERS;
  const ids = new Set(input.holders.map((holder) => holder.holderId));
  if (
    minimum < KEY_SHARE_THRESHOLD ||
    input.holders.length < minimum ||
    ids.size !== input.holders.length
  ) {
    throw new RangeError(`A tender's key is shared among at least ${minimum} different holders.`);
  }
  const secret = Uint8Array.from(input.privateKey);
  const shares = await split(secret, input.holders.length, KEY_SHARE_THRESHOLD);
  secret.fill(0);
  try {
    const sealed: SealedHolderShare[] = [];
    for (const [index, holder] of input.holders.entries()) {
      assertTenderKeyLength(holder.publicKey, 'public');
      const recipientPublicKey = await tenderCipherSuite.kem.deserializePublicKey(
        Uint8Array.from(holder.publicKey).buffer,
      );
      const { enc, ct } = await tenderCipherSuite.seal(
        { recipientPublicKey },
        shares[index]!,
        shareBinding(input.tenderId, holder.holderId, input.split ?? 'opening'),
      );
      const bytes = new Uint8Array(enc.byteLength + ct.byteLength);
      bytes.set(new Uint8Array(enc));
      bytes.set(new Uint8Array(ct), enc.byteLength);
      sealed.push({
        holderId: holder.holderId,
        holderPublicKey: Uint8Array.from(holder.publicKey),
        sealed: bytes,
      });
    }
    return sealed;
  } finally {
    for (const share of shares) share.fill(0);
  }
}

/** Opens a holder's sealed share with their unlocked personal key. */
export async function openHolderShare(
  holderPrivateKey: Uint8Array,
  sealed: Uint8Array,
  owner: { tenderId: string; holderId: string; split?: 'opening' | 'breakGlass' },
): Promise<KeyShare> {
  assertTenderKeyLength(holderPrivateKey, 'private');
  let opened: ArrayBuffer | undefined;
  try {
    const recipientKey = await tenderCipherSuite.kem.deserializePrivateKey(
      Uint8Array.from(holderPrivateKey).buffer,
    );
    opened = await tenderCipherSuite.open(
      { recipientKey, enc: Uint8Array.from(sealed.subarray(0, ENC_LENGTH)).buffer },
      Uint8Array.from(sealed.subarray(ENC_LENGTH)).buffer,
      shareBinding(owner.tenderId, owner.holderId, owner.split ?? 'opening'),
    );
  } catch {
    opened = undefined;
  }
  if (opened === undefined) throw new SealedBidUnreadableError();
  return { tenderId: owner.tenderId, holderId: owner.holderId, bytes: new Uint8Array(opened) };
}

interface StoredLockedKey {
  tenderId: string;
  holderId: string;
  kdf: Omit<LockedKeyShare['kdf'], 'salt'> & { salt: string };
  cipher: { algorithm: 'AES-256-GCM'; iv: string };
  ciphertext: string;
}

/** The locked private key as stored in `tender_opening_key.locked_private_key`. */
export function serializeLockedKey(locked: LockedKeyShare): string {
  const stored: StoredLockedKey = {
    tenderId: locked.tenderId,
    holderId: locked.holderId,
    kdf: { ...locked.kdf, salt: encodeBase64(locked.kdf.salt) },
    cipher: { algorithm: locked.cipher.algorithm, iv: encodeBase64(locked.cipher.iv) },
    ciphertext: encodeBase64(locked.ciphertext),
  };
  return JSON.stringify(stored);
}

export function parseLockedKey(text: string): LockedKeyShare {
  const stored = JSON.parse(text) as StoredLockedKey;
  return {
    tenderId: stored.tenderId,
    holderId: stored.holderId,
    kdf: { ...stored.kdf, salt: Uint8Array.from(decodeBase64(stored.kdf.salt)) },
    cipher: { algorithm: 'AES-256-GCM', iv: Uint8Array.from(decodeBase64(stored.cipher.iv)) },
    ciphertext: Uint8Array.from(decodeBase64(stored.ciphertext)),
  };
}
