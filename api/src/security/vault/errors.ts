import { ConflictError, ForbiddenError } from '../../domain/errors.ts';

/**
 * The errors of the sealed-bid vault. Their messages say what failed and never which byte, key or
 * passphrase was involved: a message that told a wrong passphrase from a damaged share, or named
 * part of a key, would help whoever tries to open bids early.
 */

/** A sealed bid did not open: wrong tender key, or sealed for another tender, lot or bid, or altered. */
export class SealedBidUnreadableError extends ConflictError {
  override name = 'SealedBidUnreadableError';

  constructor() {
    super(
      "The sealed bid does not open with this tender's key for this tender, lot and bid: it belongs elsewhere or was altered.",
    );
  }
}

/** An opening passphrase did not unlock its key share (or the stored share was altered). */
export class OpeningPassphraseRejectedError extends ForbiddenError {
  override name = 'OpeningPassphraseRejectedError';

  constructor() {
    super('This opening passphrase does not unlock the key share.');
  }
}

/** Fewer distinct key shares than the threshold were presented. */
export class TooFewKeySharesError extends ConflictError {
  override name = 'TooFewKeySharesError';

  constructor(threshold: number) {
    super(`Opening needs the key shares of at least ${threshold} different holders.`);
  }
}

/** The shares recombined to a key that does not belong to the tender's public key. */
export class KeySharesMismatchError extends ConflictError {
  override name = 'KeySharesMismatchError';

  constructor() {
    super(
      "The key shares do not recombine to this tender's key: a share is damaged or belongs to another tender.",
    );
  }
}
