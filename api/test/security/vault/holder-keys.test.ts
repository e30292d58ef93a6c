import { describe, expect, it } from 'vitest';
import {
  OpeningPassphraseRejectedError,
  SealedBidUnreadableError,
} from '../../../src/security/vault/errors.ts';
import {
  createHolderKey,
  openHolderShare,
  parseLockedKey,
  serializeLockedKey,
  splitToHolders,
  unlockHolderKey,
} from '../../../src/security/vault/holder-keys.ts';
import { recombine } from '../../../src/security/vault/key-shares.ts';
import type { PassphraseKeyParameters } from '../../../src/security/vault/passphrase-key.ts';
import { generateTenderKeyPair } from '../../../src/security/vault/tender-keys.ts';

const cheap: PassphraseKeyParameters = { memoryCost: 64, timeCost: 1, parallelism: 1 };
const tenderId = 'tender-1';
const people = [
  { holderId: 'officer-a', passphrase: 'amber falcon river stone' },
  { holderId: 'officer-b', passphrase: 'quiet lantern copper field' },
  { holderId: 'deputy-c', passphrase: 'Grüne Brücke über dem Fluss' },
];

async function sealedTender() {
  const holders = await Promise.all(
    people.map(async (person) => ({
      ...person,
      key: await createHolderKey({ tenderId, ...person }, cheap),
    })),
  );
  const keys = await generateTenderKeyPair();
  const shares = await splitToHolders({
    tenderId,
    privateKey: keys.privateKey,
    holders: holders.map((h) => ({ holderId: h.holderId, publicKey: h.key.publicKey })),
  });
  // As stored and read back.
  const stored = holders.map((h) => serializeLockedKey(h.key.locked));
  const shareOf = async (index: number, passphrase = people[index]!.passphrase) => {
    const personal = await unlockHolderKey(parseLockedKey(stored[index]!), passphrase);
    return openHolderShare(personal, shares[index]!.sealed, {
      tenderId,
      holderId: people[index]!.holderId,
    });
  };
  return { keys, shares, shareOf };
}

describe('holder keys', () => {
  it('open the tender key from any two holders through their passphrases', async () => {
    const { keys, shareOf } = await sealedTender();
    const tender = { tenderId, publicKey: keys.publicKey };
    expect(await recombine([await shareOf(0), await shareOf(2)], tender)).toEqual(keys.privateKey);
    expect(await recombine([await shareOf(1), await shareOf(2)], tender)).toEqual(keys.privateKey);
  });

  it('refuse a wrong passphrase', async () => {
    const { shareOf } = await sealedTender();
    await expect(shareOf(0, 'amber falcon river ston')).rejects.toBeInstanceOf(
      OpeningPassphraseRejectedError,
    );
  });

  it("do not open another holder's share", async () => {
    const { shares } = await sealedTender();
    const key = await createHolderKey({ tenderId, ...people[0]! }, cheap);
    const personal = await unlockHolderKey(key.locked, people[0]!.passphrase);
    await expect(
      openHolderShare(personal, shares[1]!.sealed, { tenderId, holderId: 'officer-b' }),
    ).rejects.toBeInstanceOf(SealedBidUnreadableError);
  });

  it('need at least three distinct holders', async () => {
    const keys = await generateTenderKeyPair();
    const key = await createHolderKey({ tenderId, ...people[0]! }, cheap);
    await expect(
      splitToHolders({
        tenderId,
        privateKey: keys.privateKey,
        holders: [
          { holderId: 'a', publicKey: key.publicKey },
          { holderId: 'b', publicKey: key.publicKey },
        ],
      }),
    ).rejects.toThrow(RangeError);
  });
});
