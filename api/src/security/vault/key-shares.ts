import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { combine, split } from 'shamir-secret-sharing';
import {
  KeySharesMismatchError,
  OpeningPassphraseRejectedError,
  TooFewKeySharesError,
} from './errors.ts';
import {
  OPENING_PASSPHRASE_ARGON2ID,
  PASSPHRASE_SALT_LENGTH,
  derivePassphraseKey,
  type PassphraseKeyParameters,
} from './passphrase-key.ts';
import { assertTenderKeyLength, publicKeyOf } from './tender-keys.ts';

/**
 * A tender's private key split with Shamir's secret sharing (`shamir-secret-sharing`, audited by
 * Cure53 and Zellic) among its opening officers and their deputies: any two shares open the
 * tender, one alone reveals nothing (§ 55 (1) VgV: bids are opened by at least two
 * representatives of the contracting authority together). Each share is stored encrypted with
 * AES-256-GCM under a key derived from its holder's opening passphrase.
 */
export const KEY_SHARE_THRESHOLD = 2;
/** Two officers plus at least one deputy, so one absence does not block the opening. */
export const MIN_KEY_SHARE_HOLDERS = 3;

const IV_LENGTH = 12;
const SHARE_LABEL = 'tenderwise/key-share/v1';

export interface KeyShareHolder {
  holderId: string;
  /** The holder's opening passphrase; never stored. */
  passphrase: string;
}

/** A key share as stored: everything needed to open it except the holder's passphrase. */
export interface LockedKeyShare {
  tenderId: string;
  holderId: string;
  kdf: PassphraseKeyParameters & {
    algorithm: 'argon2id';
    /** Argon2 version 0x13. */
    version: 19;
    salt: Uint8Array<ArrayBuffer>;
  };
  cipher: { algorithm: 'AES-256-GCM'; iv: Uint8Array<ArrayBuffer> };
  /** The share (Shamir y-values, then its x-coordinate) encrypted, with the 16-byte GCM tag. */
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** An unlocked key share. Secret: wipe it with {@link wipeKeyShare} once the tender is opened. */
export interface KeyShare {
  tenderId: string;
  holderId: string;
  bytes: Uint8Array<ArrayBuffer>;
}

// Binds the encrypted share to its tender and holder: a share row copied to another holder or
// tender fails to open rather than being taken for that one's share.
function shareAssociatedData(tenderId: string, holderId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([SHARE_LABEL, tenderId, holderId]));
}

/** Overwrites an unlocked share's bytes. */
export function wipeKeyShare(share: KeyShare): void {
  share.bytes.fill(0);
}

/** Encrypts one share under its holder's passphrase, with a fresh salt and IV. */
export async function lockShare(
  share: Uint8Array,
  owner: { tenderId: string; holderId: string; passphrase: string },
  parameters: Readonly<PassphraseKeyParameters> = OPENING_PASSPHRASE_ARGON2ID,
): Promise<LockedKeyShare> {
  const salt = crypto.getRandomValues(new Uint8Array(PASSPHRASE_SALT_LENGTH));
  const iv = crypto.getRandomValues(new Uint8Array(IV_LENGTH));
  const key = await derivePassphraseKey(owner.passphrase, salt, parameters);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: shareAssociatedData(owner.tenderId, owner.holderId) },
    key,
    share,
  );
  return {
    tenderId: owner.tenderId,
    holderId: owner.holderId,
    kdf: {
      algorithm: 'argon2id',
      version: 19,
      memoryCost: parameters.memoryCost,
      timeCost: parameters.timeCost,
      parallelism: parameters.parallelism,
      salt,
    },
    cipher: { algorithm: 'AES-256-GCM', iv },
    ciphertext: new Uint8Array(ciphertext),
  };
}

/**
 * Splits a tender's private key into one locked share per holder (at least
 * {@link MIN_KEY_SHARE_HOLDERS}, distinct), any {@link KEY_SHARE_THRESHOLD} of which open it.
 * The plain shares are wiped before this returns; the caller wipes `privateKey`. `parameters` is
 * production's cost unless a test passes a cheaper one.
 */
export async function createKeyShares(input: {
  tenderId: string;
  privateKey: Uint8Array;
  holders: readonly KeyShareHolder[];
  parameters?: Readonly<PassphraseKeyParameters>;
}): Promise<LockedKeyShare[]> {
  assertTenderKeyLength(input.privateKey, 'private');
  const holderIds = new Set(input.holders.map((holder) => holder.holderId));
  if (input.holders.length < MIN_KEY_SHARE_HOLDERS || holderIds.size !== input.holders.length) {
    throw new RangeError(
      `A tender's key is shared among at least ${MIN_KEY_SHARE_HOLDERS} different holders.`,
    );
  }
  // The library checks `constructor === Uint8Array`, which a Buffer or subclass would fail.
  const secret = Uint8Array.from(input.privateKey);
  const shares = await split(secret, input.holders.length, KEY_SHARE_THRESHOLD);
  secret.fill(0);
  try {
    const locked: LockedKeyShare[] = [];
    // One at a time: each derivation takes the full Argon2id memory.
    for (const [index, holder] of input.holders.entries()) {
      locked.push(
        await lockShare(
          shares[index]!,
          { tenderId: input.tenderId, holderId: holder.holderId, passphrase: holder.passphrase },
          input.parameters,
        ),
      );
    }
    return locked;
  } finally {
    for (const share of shares) share.fill(0);
  }
}

/**
 * Unlocks a stored share with its holder's passphrase. A wrong passphrase and an altered share
 * look the same to AES-GCM, and both fail with {@link OpeningPassphraseRejectedError}.
 * The stored cost parameters are used (within sane bounds), so shares locked before a change of
 * production's cost still open.
 */
export async function openShare(locked: LockedKeyShare, passphrase: string): Promise<KeyShare> {
  const key = await derivePassphraseKey(passphrase, locked.kdf.salt, locked.kdf);
  let plain: ArrayBuffer | undefined;
  try {
    plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: locked.cipher.iv,
        additionalData: shareAssociatedData(locked.tenderId, locked.holderId),
      },
      key,
      locked.ciphertext,
    );
  } catch {
    plain = undefined;
  }
  // Thrown outside the catch so that no library error travels along as its cause.
  if (plain === undefined) throw new OpeningPassphraseRejectedError();
  return { tenderId: locked.tenderId, holderId: locked.holderId, bytes: new Uint8Array(plain) };
}

/**
 * Recombines a tender's private key from unlocked shares of at least {@link KEY_SHARE_THRESHOLD}
 * different holders of that tender, and returns it only if it belongs to the tender's stored
 * public key: Shamir recombination has no integrity of its own, and a damaged share yields a
 * wrong key without any error. The caller wipes the returned key and its shares after use.
 */
export async function recombine(
  shares: readonly KeyShare[],
  tender: { tenderId: string; publicKey: Uint8Array },
): Promise<Uint8Array<ArrayBuffer>> {
  assertTenderKeyLength(tender.publicKey, 'public');
  const ofTender = shares.filter((share) => share.tenderId === tender.tenderId);
  if (ofTender.length !== shares.length) throw new KeySharesMismatchError();
  const byHolder = new Map(ofTender.map((share) => [share.holderId, share]));
  if (byHolder.size < KEY_SHARE_THRESHOLD) throw new TooFewKeySharesError(KEY_SHARE_THRESHOLD);

  const copies = [...byHolder.values()].map((share) => Uint8Array.from(share.bytes));
  let privateKey: Uint8Array<ArrayBuffer> | undefined;
  try {
    privateKey = (await combine(copies)) as Uint8Array<ArrayBuffer>;
  } catch {
    // Shares of different lengths or with the same x-coordinate: not shares of one split.
    privateKey = undefined;
  } finally {
    for (const copy of copies) copy.fill(0);
  }
  if (privateKey === undefined || privateKey.byteLength !== tender.publicKey.byteLength) {
    privateKey?.fill(0);
    throw new KeySharesMismatchError();
  }
  if (!constantTimeEqual(publicKeyOf(privateKey), tender.publicKey)) {
    privateKey.fill(0);
    throw new KeySharesMismatchError();
  }
  return privateKey;
}
