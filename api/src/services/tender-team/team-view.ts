import type { TenderTeamMember, TenderTeamResponse } from '@tenderwise/schema';
import { findPeople } from '../../db/repositories/tender-team.ts';
import type { TeamMemberRow, TenderRow } from '../../db/repositories/tenders.ts';
import { teamCapacities } from '../../db/tables/tenders.ts';
import { conflictDeclaration } from '../../domain/tenders/conflict-declaration.ts';
import { teamFindings, type TeamRuleMember } from '../../domain/tenders/team-rules.ts';
import type { ServiceContext } from '../context.ts';

/** The membership rows as the team rules see them. */
export function teamRuleMembers(team: readonly TeamMemberRow[]): TeamRuleMember[] {
  return team.map((row) => ({
    userId: row.user_id,
    capacity: row.capacity,
    deputyForUserId: row.deputy_for_user_id,
    declaredAt: row.declared_at,
  }));
}

/** What the audit log hashes as the team's state: its memberships in a stable order. */
export function teamState(tender: TenderRow, team: readonly TeamMemberRow[]) {
  return {
    tenderId: tender.id,
    version: tender.version,
    leadUserId: tender.lead_user_id,
    members: [...team]
      .map((row) => ({
        userId: row.user_id,
        capacity: row.capacity,
        deputyFor: row.deputy_for_user_id,
        addedBy: row.added_by,
        addedAt: row.added_at.toISOString(),
        declaredAt: row.declared_at?.toISOString() ?? null,
        declarationVersion: row.declaration_version,
      }))
      .sort((a, b) => `${a.userId}/${a.capacity}`.localeCompare(`${b.userId}/${b.capacity}`, 'en')),
  };
}

/**
 * The team as the API shows it: one entry per user in the order first added, with the
 * capacities in the order of `teamCapacities`, who added each and when, its declaration, the
 * lead marked; what the team lacks for the publication; and the declaration text to show.
 */
export async function tenderTeamView(
  db: ServiceContext['db'],
  tender: TenderRow,
  team: readonly TeamMemberRow[],
): Promise<TenderTeamResponse> {
  const people = await findPeople(db, [
    ...team.map((row) => row.user_id),
    ...team.map((row) => row.added_by),
    ...team.flatMap((row) => (row.deputy_for_user_id === null ? [] : [row.deputy_for_user_id])),
  ]);
  const person = (userId: string) => ({
    userId,
    displayName: people.get(userId)?.display_name ?? '',
  });
  const byUser = new Map<string, TeamMemberRow[]>();
  for (const row of team) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  const members: TenderTeamMember[] = [...byUser].map(([userId, rows]) => {
    const user = people.get(userId);
    const ordered = [...rows].sort(
      (a, b) => teamCapacities.indexOf(a.capacity) - teamCapacities.indexOf(b.capacity),
    );
    return {
      userId,
      displayName: user?.display_name ?? '',
      role: user?.role ?? 'officer',
      enabled: user !== undefined && user.disabled_at === null,
      lead: userId === tender.lead_user_id,
      capacities: ordered.map((row) => ({
        capacity: row.capacity,
        deputyFor: row.deputy_for_user_id === null ? null : person(row.deputy_for_user_id),
        addedBy: person(row.added_by),
        addedAt: row.added_at.toISOString(),
        declaredAt: row.declared_at?.toISOString() ?? null,
        declarationVersion: row.declaration_version,
      })),
      declared: rows.every((row) => row.declared_at !== null),
    };
  });
  return {
    tenderId: tender.id,
    version: tender.version,
    leadUserId: tender.lead_user_id,
    members,
    findings: teamFindings({ leadUserId: tender.lead_user_id, members: teamRuleMembers(team) }),
    declarationText: {
      version: conflictDeclaration.version,
      text: { de: conflictDeclaration.text.de, en: conflictDeclaration.text.en },
      source: conflictDeclaration.source,
    },
  };
}
