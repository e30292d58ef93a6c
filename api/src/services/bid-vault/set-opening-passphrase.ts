import type { OpeningKeysResponse } from '@tenderwise/schema';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { sha256 } from '@oslojs/crypto/sha2';
import { ConflictError } from '../../domain/errors.ts';
import { createHolderKey, serializeLockedKey } from '../../security/vault/holder-keys.ts';
import { OPENING_PASSPHRASE_ARGON2ID } from '../../security/vault/passphrase-key.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender, readableTender } from '../tenders/tender-steps.ts';
import { openingKeysView } from './opening-keys-view.ts';

/**
 * An opening officer or deputy sets (or replaces) their opening passphrase for a tender whose
 * bids come to the vault, while it is a draft (the policy row): a personal key pair is made for
 * them and its private key locked under the passphrase (Argon2id, ADR 0040). At publication the
 * tender's key is split and a share sealed to this key; from then on the key is fixed (the
 * database refuses a change), and a forgotten passphrase costs this one share.
 *
 * The Argon2id derivation runs before the transaction: it takes 64 MiB and a noticeable moment,
 * and holding the tender locked (or the embedded database's one connection) meanwhile would stall
 * everybody else.
 */
export async function setOpeningPassphrase({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; passphrase: string };
}): Promise<OpeningKeysResponse> {
  const { tenderId, passphrase } = input;
  const operationId = 'setOpeningPassphrase';
  const { tender: found } = await readableTender(ctx, operationId, tenderId);
  const caller = ctx.principal;
  if (caller.kind !== 'user') throw new Error('Only signed-in users set opening passphrases');
  if (found.bid_intake !== 'vault') {
    throw new ConflictError(
      'Bids for this tender come in on the e-procurement platform: there is no opening key to set.',
    );
  }
  const key = await createHolderKey(
    { tenderId, holderId: caller.userId, passphrase },
    ctx.openingKeyCost ?? OPENING_PASSPHRASE_ARGON2ID,
  );
  return changeTender(
    ctx,
    { operationId, tenderId, action: 'tender.opening_key.set' },
    async ({ trx, current, now }) => {
      if (current.tender.bid_intake !== 'vault') {
        throw new ConflictError(
          'Bids for this tender come in on the e-procurement platform: there is no opening key to set.',
        );
      }
      const row = {
        public_key: key.publicKey,
        locked_private_key: serializeLockedKey(key.locked),
        enrolled_at: now,
      };
      await trx
        .insertInto('tender_opening_key')
        .values({ tender_id: tenderId, user_id: caller.userId, ...row })
        .onConflict((oc) => oc.columns(['tender_id', 'user_id']).doUpdateSet(row))
        .execute();
      await auditTenderChange(trx, ctx, {
        action: 'tender.opening_key.set',
        object: tenderRef(tenderId),
        // The public key's fingerprint: which key a later share was sealed to. Nothing secret.
        after: {
          userId: caller.userId,
          publicKeySha256: encodeHexLowerCase(sha256(key.publicKey)),
        },
      });
      return openingKeysView(trx, current.tender, current.team);
    },
  );
}
