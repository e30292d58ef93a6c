import type { TenderTeamResponse } from '@tenderwise/schema';
import { deleteTeamMember } from '../../db/repositories/tender-team.ts';
import { touchTender } from '../../db/repositories/tenders.ts';
import type { TeamCapacity } from '../../db/tables/tenders.ts';
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { removeMembershipRefusal } from '../../domain/tenders/team-rules.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { teamRuleMembers, teamState, tenderTeamView } from './team-view.ts';
import { staleTender } from './tender-version.ts';

/**
 * Removes one capacity of a member, for the officers on the team until the award; a member
 * without capacities left is off the team and no longer finds the tender. The lead's officer
 * capacity stays (422). An opening officer with a deputy is removed only after the deputy
 * (422): removing both at once would silently take a second place of the opening away.
 */
export async function removeTenderTeamMember({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; userId: string; capacity: TeamCapacity; version: number };
}): Promise<TenderTeamResponse> {
  const { tenderId, userId, capacity, version } = input;
  return changeTender(
    ctx,
    { operationId: 'removeTenderTeamMember', tenderId, action: 'tender.team.member_removed' },
    async ({ trx, current, now }) => {
      const { tender, team } = current;
      if (version !== tender.version) throw staleTender(version, tender.version);
      const refusal = removeMembershipRefusal(
        { leadUserId: tender.lead_user_id, members: teamRuleMembers(team) },
        { userId, capacity },
      );
      if (refusal?.kind === 'notMember') throw new NotFoundError(refusal.message);
      if (refusal !== null) {
        throw new ValidationError('This place on the team cannot be removed.', [
          {
            in: 'path',
            pointer: refusal.kind === 'lead' ? '/userId' : '/capacity',
            detail: refusal.message,
          },
        ]);
      }
      await deleteTeamMember(trx, { tenderId, userId, capacity });
      const after = await touchTender(trx, tender, now);
      const afterTeam = team.filter(
        (row) => !(row.user_id === userId && row.capacity === capacity),
      );
      await auditTenderChange(trx, ctx, {
        action: 'tender.team.member_removed',
        object: tenderRef(tenderId),
        before: teamState(tender, team),
        after: teamState(after, afterTeam),
      });
      return tenderTeamView(trx, after, afterTeam);
    },
  );
}
