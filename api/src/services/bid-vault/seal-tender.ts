import type { Transaction } from 'kysely';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import type { TeamMemberRow, TenderRow } from '../../db/repositories/tenders.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError } from '../../domain/errors.ts';
import { splitToHolders } from '../../security/vault/holder-keys.ts';
import { MIN_KEY_SHARE_HOLDERS } from '../../security/vault/key-shares.ts';
import { generateTenderKeyPair } from '../../security/vault/tender-keys.ts';
import { openingMembers } from './opening-keys-view.ts';

/** What the publication's audit entry records of the sealing: fingerprints, never a key. */
export interface TenderSealing {
  publicKeySha256: string;
  holders: string[];
}

/**
 * At publication of a tender whose bids come to the vault: makes its HPKE key pair, keeps the
 * public key, splits the private key among the opening officers and deputies on the team (any two
 * open) and seals each share to the holder's personal key, then wipes the private key. Runs inside
 * the publication's transaction, so a tender is never published without its vault. Readiness
 * has checked that every holder set a passphrase; this checks again what it relies on.
 */
export async function sealTender(
  trx: Transaction<DB>,
  tender: TenderRow,
  team: readonly TeamMemberRow[],
  now: Date,
): Promise<TenderSealing> {
  const holderIds = [...new Set(openingMembers(team).map((m) => m.user_id))];
  const keys =
    holderIds.length === 0
      ? []
      : await trx
          .selectFrom('tender_opening_key')
          .select(['user_id', 'public_key'])
          .where('tender_id', '=', tender.id)
          .where('user_id', 'in', holderIds)
          .orderBy('user_id')
          .execute();
  if (keys.length < MIN_KEY_SHARE_HOLDERS || keys.length !== holderIds.length) {
    throw new ConflictError(
      'Every opening officer and deputy must set an opening passphrase before publication.',
    );
  }
  const pair = await generateTenderKeyPair();
  try {
    const shares = await splitToHolders({
      tenderId: tender.id,
      privateKey: pair.privateKey,
      holders: keys.map((key) => ({ holderId: key.user_id, publicKey: key.public_key })),
    });
    await trx
      .insertInto('tender_vault')
      .values({ tender_id: tender.id, public_key: pair.publicKey, created_at: now })
      .execute();
    await trx
      .insertInto('tender_key_share')
      .values(
        shares.map((share) => ({
          tender_id: tender.id,
          holder_user_id: share.holderId,
          holder_public_key: share.holderPublicKey,
          sealed_share: share.sealed,
          created_at: now,
        })),
      )
      .execute();
    return {
      publicKeySha256: encodeHexLowerCase(sha256(pair.publicKey)),
      holders: shares.map((share) => share.holderId),
    };
  } finally {
    pair.privateKey.fill(0);
  }
}
