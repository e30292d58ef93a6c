import { z } from 'zod';
import { BidContent } from '../bids/content.ts';
import { DemoKey } from './accounts.ts';
import { DemoTender } from './tenders.ts';

/** When a demo bid arrived: so many hours before the deadline, or so many minutes after it. */
export const arrivalFields = {
  lotNumber: z.int().min(1).max(200).default(1),
  hoursBeforeDeadline: z
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  minutesLate: z
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  content: BidContent,
};
export const onTimeOrLate = [
  (bid: { hoursBeforeDeadline?: number | undefined; minutesLate?: number | undefined }) =>
    (bid.hoursBeforeDeadline === undefined) !== (bid.minutesLate === undefined),
  { message: 'a bid is either on time (hoursBeforeDeadline) or late (minutesLate)' },
] as const;

/**
 * A bid of the demo, submitted to the vault by a demo vendor's person: so many hours before the
 * submission deadline, or (late, § 57 (1) Nr. 1 VgV) so many minutes after it.
 */
export const DemoVaultBid = z
  .strictObject({ key: DemoKey, vendor: DemoKey, ...arrivalFields })
  .refine(...onTimeOrLate);
export type DemoVaultBid = z.output<typeof DemoVaultBid>;

/**
 * A tender whose bids came to the vault and await their opening. Its story happens before the
 * load: it was prepared and published `preparedDaysAgo` days before it (so that the minimum
 * submission period has run out), every opening officer and deputy set an opening passphrase
 * (in the demo: their sign-in password, so that the credentials file holds everything to try the
 * opening), and the demo vendors submitted before the deadline, one of them late.
 */
export const DemoVaultTender = z
  .strictObject({
    tender: DemoTender,
    preparedDaysAgo: z.int().min(1).max(365),
    bids: z.array(DemoVaultBid).max(20),
  })
  .refine((vault) => vault.tender.publication !== undefined, {
    message: 'a tender awaiting its opening is published',
    path: ['tender', 'publication'],
  });
export type DemoVaultTender = z.output<typeof DemoVaultTender>;

/** A bid as the platform's export states it: when it arrived there, and its content. */
export const DemoImportedBid = z.strictObject(arrivalFields).refine(...onTimeOrLate);
export type DemoImportedBid = z.output<typeof DemoImportedBid>;

/**
 * A tender whose bids came in on the authority's e-procurement platform, which opened them;
 * its lead imports the platform's export (our JSON format) with the platform's opening record,
 * unless it is `awaitingImport`, left for the person trying the demo. Played out before the load,
 * like a vault tender.
 */
export const DemoImportedTender = z
  .strictObject({
    tender: DemoTender,
    preparedDaysAgo: z.int().min(1).max(365),
    platform: z.string().trim().min(1).max(100),
    /** When the platform opened the bids, in minutes after the deadline. */
    openedMinutesAfterDeadline: z
      .int()
      .min(1)
      .max(24 * 60),
    /** The platform has opened the bids and the officers have yet to import its export. */
    awaitingImport: z.boolean().default(false),
    bids: z.array(DemoImportedBid).max(20).default([]),
  })
  .refine((imported) => imported.tender.publication !== undefined, {
    message: 'a tender with imported bids is published',
    path: ['tender', 'publication'],
  });
export type DemoImportedTender = z.output<typeof DemoImportedTender>;

export const DemoBidsFile = z.strictObject({
  vaultTenders: z.array(DemoVaultTender).max(5),
  importedTenders: z.array(DemoImportedTender).max(5).default([]),
});
export type DemoBidsFile = z.output<typeof DemoBidsFile>;
