import type { OpeningKeysResponse } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { TeamMemberRow, TenderRow } from '../../db/repositories/tenders.ts';
import type { DB } from '../../db/types.ts';
import { KEY_SHARE_THRESHOLD } from '../../security/vault/key-shares.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The opening officers and deputies of a tender's team, each once per capacity. */
export function openingMembers(team: readonly TeamMemberRow[]): TeamMemberRow[] {
  return team.filter((m) => m.capacity === 'openingOfficer' || m.capacity === 'openingDeputy');
}

/** The officers of a tender's team: any two of them hold the break-glass, if they set passphrases. */
export function breakGlassMembers(team: readonly TeamMemberRow[]): TeamMemberRow[] {
  return team.filter((m) => m.capacity === 'officer');
}

/**
 * Who opens the tender's bids, whether each has set an opening passphrase and, once the tender
 * is sealed, holds a share of its key. Names and times only: no key material.
 */
export async function openingKeysView(
  db: Db,
  tender: TenderRow,
  team: readonly TeamMemberRow[],
): Promise<OpeningKeysResponse> {
  const members = [...openingMembers(team), ...breakGlassMembers(team)];
  const userIds = [...new Set(members.map((m) => m.user_id))];
  const [keys, shares, users, vault] = await Promise.all([
    db
      .selectFrom('tender_opening_key')
      .select(['user_id', 'enrolled_at'])
      .where('tender_id', '=', tender.id)
      .execute(),
    db
      .selectFrom('tender_key_share')
      .select(['holder_user_id', 'kind'])
      .where('tender_id', '=', tender.id)
      .execute(),
    userIds.length === 0
      ? []
      : db
          .selectFrom('app_user')
          .select(['id', 'display_name'])
          .where('id', 'in', userIds)
          .execute(),
    db
      .selectFrom('tender_vault')
      .select('tender_id')
      .where('tender_id', '=', tender.id)
      .executeTakeFirst(),
  ]);
  const enrolled = new Map(keys.map((key) => [key.user_id, key.enrolled_at]));
  const holding = new Set(shares.map((share) => `${share.kind}:${share.holder_user_id}`));
  const names = new Map(users.map((user) => [user.id, user.display_name]));
  return {
    tenderId: tender.id,
    bidIntake: tender.bid_intake,
    sealed: vault !== undefined,
    threshold: KEY_SHARE_THRESHOLD,
    holders: members.map((member) => ({
      userId: member.user_id,
      displayName: names.get(member.user_id) ?? '',
      capacity: member.capacity as 'openingOfficer' | 'openingDeputy' | 'officer',
      deputyForUserId: member.deputy_for_user_id,
      passphraseSetAt: enrolled.get(member.user_id)?.toISOString() ?? null,
      holdsShare: holding.has(
        `${member.capacity === 'officer' ? 'breakGlass' : 'opening'}:${member.user_id}`,
      ),
    })),
  };
}
