import type { Transaction } from 'kysely';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import type { TeamMemberRow, TenderRow } from '../../db/repositories/tenders.ts';
import type { KeyShareKind } from '../../db/tables/bids.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError } from '../../domain/errors.ts';
import { splitToHolders } from '../../security/vault/holder-keys.ts';
import { KEY_SHARE_THRESHOLD, MIN_KEY_SHARE_HOLDERS } from '../../security/vault/key-shares.ts';
import { generateTenderKeyPair } from '../../security/vault/tender-keys.ts';
import { breakGlassMembers, openingMembers } from './opening-keys-view.ts';

/** What the publication's audit entry records of the sealing: fingerprints, never a key. */
export interface TenderSealing {
  publicKeySha256: string;
  holders: string[];
  /** The officers who hold the break-glass split; empty when fewer than two set a passphrase. */
  breakGlassHolders: string[];
}

/**
 * At publication of a tender whose bids come to the vault: makes its HPKE key pair, keeps the
 * public key, splits the private key among the opening officers and deputies on the team (any two
 * open) and seals each share to the holder's personal key. The officers of the team who set a
 * passphrase, if at least two did, get a second, separate split of the same key (any two of them
 * open), for the recorded four-eyes break-glass when fewer than two opening holders remain: the
 * two splits' shares never combine with each other. Then the private key is wiped. Runs inside the
 * publication's transaction, so a tender is never published without its vault. Readiness has
 * checked that every opening holder set a passphrase; this checks again what it relies on.
 */
export async function sealTender(
  trx: Transaction<DB>,
  tender: TenderRow,
  team: readonly TeamMemberRow[],
  now: Date,
): Promise<TenderSealing> {
  const holderIds = [...new Set(openingMembers(team).map((m) => m.user_id))];
  const officerIds = [...new Set(breakGlassMembers(team).map((m) => m.user_id))];
  const wanted = [...new Set([...holderIds, ...officerIds])];
  const keys = await trx
    .selectFrom('tender_opening_key')
    .select(['user_id', 'public_key'])
    .where('tender_id', '=', tender.id)
    .where('user_id', 'in', wanted.length > 0 ? wanted : [tender.id])
    .orderBy('user_id')
    .execute();
  const holderKeys = keys.filter((key) => holderIds.includes(key.user_id));
  const officerKeys = keys.filter((key) => officerIds.includes(key.user_id));
  if (holderKeys.length < MIN_KEY_SHARE_HOLDERS || holderKeys.length !== holderIds.length) {
    throw new ConflictError(
      'Every opening officer and deputy must set an opening passphrase before publication.',
    );
  }
  const pair = await generateTenderKeyPair();
  try {
    const splits: { kind: KeyShareKind; keys: typeof keys }[] = [
      { kind: 'opening', keys: holderKeys },
      ...(officerKeys.length >= KEY_SHARE_THRESHOLD
        ? [{ kind: 'breakGlass' as const, keys: officerKeys }]
        : []),
    ];
    await trx
      .insertInto('tender_vault')
      .values({ tender_id: tender.id, public_key: pair.publicKey, created_at: now })
      .execute();
    const held: Record<KeyShareKind, string[]> = { opening: [], breakGlass: [] };
    for (const split of splits) {
      const shares = await splitToHolders({
        tenderId: tender.id,
        privateKey: pair.privateKey,
        holders: split.keys.map((key) => ({ holderId: key.user_id, publicKey: key.public_key })),
        minimumHolders: split.kind === 'opening' ? MIN_KEY_SHARE_HOLDERS : KEY_SHARE_THRESHOLD,
        split: split.kind,
      });
      await trx
        .insertInto('tender_key_share')
        .values(
          shares.map((share) => ({
            tender_id: tender.id,
            kind: split.kind,
            holder_user_id: share.holderId,
            holder_public_key: share.holderPublicKey,
            sealed_share: share.sealed,
            created_at: now,
          })),
        )
        .execute();
      held[split.kind] = shares.map((share) => share.holderId);
    }
    return {
      publicKeySha256: encodeHexLowerCase(sha256(pair.publicKey)),
      holders: held.opening,
      breakGlassHolders: held.breakGlass,
    };
  } finally {
    pair.privateKey.fill(0);
  }
}
