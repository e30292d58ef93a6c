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
}

export async function findTenderAccess(
  db: ServiceContext['db'],
  tenderId: string,
): Promise<TenderAccess | undefined> {
  const tender = await findTender(db, tenderId);
  if (tender === undefined) return undefined;
  return { tender, team: await listTeamMembers(db, tenderId) };
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
export function tenderAccessObject({ tender, team }: TenderAccess): AccessObject {
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
    },
  };
}

/** The same answer for a tender that does not exist and one the caller may not know of. */
export const tenderNotFound = 'Nothing exists at this address.';
