import type { Kysely } from 'kysely';
import type { FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import { setOpeningPassphrase } from '../../../src/services/bid-vault/set-opening-passphrase.ts';
import { approveTenderPublication } from '../../../src/services/tender-schemes/approve-tender-publication.ts';
import { requestTenderPublication } from '../../../src/services/tender-schemes/request-tender-publication.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import type { authorityPeople } from '../tender-schemes/ready-tender.ts';
import { readyTender } from '../tender-schemes/ready-tender.ts';

export interface OpeningHolder {
  user: User;
  capacity: 'openingOfficer' | 'openingDeputy';
  passphrase: string;
}

/** The passphrase a holder of these fixtures sets. */
export const passphraseOf = (userId: string) => `amber falcon river ${userId.slice(0, 8)}`;

/** The opening officers and deputies of a tender, as users. */
export async function openingHolders(db: Kysely<DB>, tenderId: string): Promise<OpeningHolder[]> {
  const rows = await db
    .selectFrom('tender_team_member')
    .innerJoin('app_user', 'app_user.id', 'tender_team_member.user_id')
    .select([
      'app_user.id',
      'app_user.organisation_id',
      'app_user.organisation_kind',
      'app_user.email',
      'app_user.display_name',
      'app_user.role',
      'tender_team_member.capacity',
    ])
    .where('tender_team_member.tender_id', '=', tenderId)
    .where('tender_team_member.capacity', 'in', ['openingOfficer', 'openingDeputy'])
    .orderBy('tender_team_member.added_at')
    .orderBy('app_user.id')
    .execute();
  return rows.map(({ capacity, ...user }) => ({
    user: user as unknown as User,
    capacity: capacity as OpeningHolder['capacity'],
    passphrase: passphraseOf(user.id),
  }));
}

/**
 * A tender ready for publication (`readyTender`: three opening officers, each with a deputy) whose
 * bids come to the vault. With `published` (the default) every holder sets their passphrase (and
 * the `officers` given, for the break-glass split), the lead asks for publication and the second
 * officer approves it, which seals the tender.
 */
export async function vaultTender(
  db: Kysely<DB>,
  clock: FixedClock,
  people: Awaited<ReturnType<typeof authorityPeople>>,
  options: { published?: boolean; officers?: readonly User[] } = {},
): Promise<{ tenderId: string; holders: OpeningHolder[] }> {
  const tenderId = await readyTender(db, people);
  await db.updateTable('tender').set({ bid_intake: 'vault' }).where('id', '=', tenderId).execute();
  const holders = await openingHolders(db, tenderId);
  if (options.published === false) return { tenderId, holders };
  const as = (user: User) => serviceContextFor(db, clock, userPrincipal(user));
  for (const user of [...holders.map((h) => h.user), ...(options.officers ?? [])]) {
    await setOpeningPassphrase({
      ctx: as(user),
      input: { tenderId, passphrase: passphraseOf(user.id) },
    });
  }
  const { version } = await db
    .selectFrom('tender')
    .select('version')
    .where('id', '=', tenderId)
    .executeTakeFirstOrThrow();
  const request = await requestTenderPublication({
    ctx: as(people.lead),
    input: { tenderId, version },
  });
  await approveTenderPublication({
    ctx: as(people.second),
    input: { tenderId, version: request.version },
  });
  return { tenderId, holders };
}
