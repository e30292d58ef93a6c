import { describe, expect, it } from 'vitest';
import {
  KeySharesMismatchError,
  OpeningPassphraseRejectedError,
  TooFewKeySharesError,
} from '../../../src/security/vault/errors.ts';
import {
  createKeyShares,
  lockShare,
  openShare,
  recombine,
  type KeyShare,
  type LockedKeyShare,
} from '../../../src/security/vault/key-shares.ts';
import {
  OPENING_PASSPHRASE_ARGON2ID,
  type PassphraseKeyParameters,
} from '../../../src/security/vault/passphrase-key.ts';
import { generateTenderKeyPair } from '../../../src/security/vault/tender-keys.ts';

// Cheap cost for tests: the cost protects stored shares, which tests do not keep.
const cheap: PassphraseKeyParameters = { memoryCost: 64, timeCost: 1, parallelism: 1 };
const tenderId = 'tender-1';
const holders = [
  { holderId: 'officer-a', passphrase: 'amber falcon river stone' },
  { holderId: 'officer-b', passphrase: 'quiet lantern copper field' },
  { holderId: 'deputy-c', passphrase: 'Grüne Brücke über dem Fluss' },
];

async function sharedTender() {
  const keys = await generateTenderKeyPair();
  const locked = await createKeyShares({
    tenderId,
    privateKey: keys.privateKey,
    holders,
    parameters: cheap,
  });
  const open = (index: number): Promise<KeyShare> =>
    openShare(locked[index]!, holders[index]!.passphrase);
  return { keys, locked, open, tender: { tenderId, publicKey: keys.publicKey } };
}

describe('key shares', () => {
  it('recombine the private key from any two of three', async () => {
    const { keys, open, tender } = await sharedTender();
    const shares = await Promise.all([0, 1, 2].map(open));

    for (const pair of [
      [0, 1],
      [0, 2],
      [1, 2],
    ]) {
      const chosen = pair.map((index) => shares[index]!);
      expect(await recombine(chosen, tender)).toEqual(keys.privateKey);
    }
  });

  it('refuse one share, also when it is presented twice', async () => {
    const { open, tender } = await sharedTender();
    const share = await open(0);

    await expect(recombine([share], tender)).rejects.toThrow(TooFewKeySharesError);
    await expect(recombine([share, { ...share }], tender)).rejects.toThrow(TooFewKeySharesError);
  });

  it('detect a corrupted share by the public-key check', async () => {
    const { open, tender } = await sharedTender();
    const [first, second] = await Promise.all([open(0), open(1)]);
    second.bytes[3]! ^= 0x5a;

    await expect(recombine([first, second], tender)).rejects.toThrow(KeySharesMismatchError);
  });

  it("refuse shares of another tender's split", async () => {
    const { open, tender } = await sharedTender();
    const other = await sharedTender();
    const shares = [await open(0), await other.open(1)];

    await expect(recombine(shares, tender)).rejects.toThrow(KeySharesMismatchError);
  });

  it('do not open with a wrong passphrase, and say so without the passphrase', async () => {
    const { locked } = await sharedTender();
    const wrong = 'amber falcon river stones';

    const failure = await openShare(locked[0]!, wrong).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(OpeningPassphraseRejectedError);
    expect((failure as Error).message).not.toContain(wrong);
    expect((failure as Error).cause).toBeUndefined();
  });

  it("do not open when moved to another holder's row", async () => {
    const { locked } = await sharedTender();
    const moved: LockedKeyShare = { ...locked[0]!, holderId: 'officer-b' };

    await expect(openShare(moved, holders[0]!.passphrase)).rejects.toThrow(
      OpeningPassphraseRejectedError,
    );
  });

  it('are shared among at least three different holders', async () => {
    const { keys } = await sharedTender();
    const base = { tenderId, privateKey: keys.privateKey, parameters: cheap };

    await expect(createKeyShares({ ...base, holders: holders.slice(0, 2) })).rejects.toThrow(
      RangeError,
    );
    await expect(
      createKeyShares({ ...base, holders: [...holders.slice(0, 2), holders[0]!] }),
    ).rejects.toThrow(RangeError);
  });

  it('are locked at the production cost unless told otherwise, with a salt per share', async () => {
    expect(OPENING_PASSPHRASE_ARGON2ID).toEqual({
      memoryCost: 65_536,
      timeCost: 3,
      parallelism: 4,
    });
    const share = Uint8Array.from([1, 2, 3, 4]);
    const owner = { tenderId, holderId: 'officer-a', passphrase: 'amber falcon river stone' };

    const locked = await lockShare(share, owner);

    expect(locked.kdf).toMatchObject({
      algorithm: 'argon2id',
      version: 19,
      ...OPENING_PASSPHRASE_ARGON2ID,
    });
    const again = await lockShare(share, owner, cheap);
    expect(again.kdf.salt).not.toEqual(locked.kdf.salt);
    expect((await openShare(again, owner.passphrase)).bytes).toEqual(share);
  });
});
