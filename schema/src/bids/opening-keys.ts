import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';

/**
 * An opening passphrase (§ 55 VgV, ADR 0040/0041): it locks the personal key to which the holder's
 * share of the tender's key is sealed at publication. Long enough to resist an offline attack on a
 * copied database (Argon2id slows each guess); a few words are easier to keep than a password.
 */
export const OpeningPassphrase = z
  .string()
  .min(12, 'At least 12 characters; four or more words are best')
  .max(256)
  .refine((value) => value.trim().length === value.length, {
    message: 'No spaces at the start or the end',
  })
  .meta({ description: 'At least 12 characters; never stored, never shown again' });

export const SetOpeningPassphraseInput = z
  .strictObject({ passphrase: OpeningPassphrase })
  .meta({ id: 'SetOpeningPassphraseInput' });
export type SetOpeningPassphraseInput = z.output<typeof SetOpeningPassphraseInput>;

/**
 * An opening officer or deputy of the tender, or one of its officers (`officer`: any two of them
 * hold the break-glass for when fewer than two opening holders remain, if they set a passphrase),
 * and whether they have set their passphrase.
 */
export const OpeningKeyHolder = z
  .strictObject({
    userId: ResourceId,
    displayName: z.string(),
    capacity: z.enum(['openingOfficer', 'openingDeputy', 'officer']),
    /** For a deputy: the opening officer they stand in for. */
    deputyForUserId: z.union([ResourceId, z.null()]),
    /** When the passphrase was set; null while not set. */
    passphraseSetAt: z.union([Timestamp, z.null()]),
    /** Whether a share of the tender's key (of the split of this capacity) was sealed to them. */
    holdsShare: z.boolean(),
  })
  .meta({ id: 'OpeningKeyHolder' });

export const OpeningKeysResponse = z
  .strictObject({
    tenderId: ResourceId,
    bidIntake: z.enum(['platform', 'vault']),
    /** Whether the tender's key exists (from publication on, for bids in the vault). */
    sealed: z.boolean(),
    /** Any this many holders together open the bids. */
    threshold: z.int(),
    holders: z.array(OpeningKeyHolder),
  })
  .meta({ id: 'OpeningKeysResponse' });
export type OpeningKeysResponse = z.output<typeof OpeningKeysResponse>;
