import {
  findTender,
  listTeamMembers,
  type TeamMemberRow,
  type TenderRow,
} from '../../db/repositories/tenders.ts';
import type { TeamCapacity } from '../../db/tables/tenders.ts';
import type { AccessObject } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/** A tender and its team: what `authorize` decides on. */
export interface TenderAccess {
  tender: TenderRow;
  team: TeamMemberRow[];
  /** Officers with a break-glass share while a break-glass opening is open (`breakGlassOfficers`). */
  breakGlass?: string[];
}

/**
 * The officers who act in the tender's open break-glass opening session: those with a share of the
 * officers' split. Empty (and not looked up) unless the tender takes bids in the vault and its
 * submission is closed, the only time such a session can be open.
 */
export async function breakGlassOfficers(
  db: ServiceContext['db'],
  tender: TenderRow,
): Promise<string[]> {
  if (tender.bid_intake !== 'vault' || tender.state !== 'submissionClosed') return [];
  const rows = await db
    .selectFrom('tender_key_share')
    .select('holder_user_id')
    .where('tender_id', '=', tender.id)
    .where('kind', '=', 'breakGlass')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('opening_session')
          .select('id')
          .whereRef('opening_session.tender_id', '=', 'tender_key_share.tender_id')
          .where('opening_session.state', '=', 'open')
          .where('opening_session.break_glass_reason', 'is not', null),
      ),
    )
    .execute();
  return rows.map((row) => row.holder_user_id);
}

export async function findTenderAccess(
  db: ServiceContext['db'],
  tenderId: string,
): Promise<TenderAccess | undefined> {
  const tender = await findTender(db, tenderId);
  if (tender === undefined) return undefined;
  const [team, breakGlass] = await Promise.all([
    listTeamMembers(db, tenderId),
    breakGlassOfficers(db, tender),
  ]);
  return { tender, team, breakGlass };
}

/** The users of the team in one of the capacities, each once. */
export function teamUserIds(
  team: readonly TeamMemberRow[],
  ...capacities: TeamCapacity[]
): string[] {
  return [...new Set(team.filter((m) => capacities.includes(m.capacity)).map((m) => m.user_id))];
}

/**
 * The tender as `authorize` sees it: owned by its authority, in its state, with its team by
 * capacity. Officers prepare and run it (`assignedOfficer`); evaluators score
 * (`assignedEvaluator`); reviewers read, and so do opening officers and their deputies
 * (`assignedReviewer`), who besides open the bids (`assignedOpener`, § 55 VgV).
 */
export function tenderAccessObject({ tender, team, breakGlass }: TenderAccess): AccessObject {
  return {
    type: 'tender',
    id: tender.id,
    organisationId: tender.organisation_id,
    tenderState: tender.state,
    assigned: {
      officers: teamUserIds(team, 'officer'),
      evaluators: teamUserIds(team, 'evaluator'),
      reviewers: teamUserIds(team, 'reviewer', 'openingOfficer', 'openingDeputy'),
      openers: teamUserIds(team, 'openingOfficer', 'openingDeputy'),
      breakGlass: (breakGlass ?? []).filter((id) => teamUserIds(team, 'officer').includes(id)),
    },
  };
}

/** The same answer for a tender that does not exist and one the caller may not know of. */
export const tenderNotFound = 'Nothing exists at this address.';
