import type { AddTenderTeamMemberInput, TenderTeamResponse } from '@tenderwise/schema';
import { findPeople } from '../../db/repositories/tender-team.ts';
import { insertTeamMember, touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { addMembershipRefusal } from '../../domain/tenders/team-rules.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { teamRuleMembers, teamState, tenderTeamView } from './team-view.ts';
import { staleTender } from './tender-version.ts';

/**
 * Adds a user of the tender's authority to its team in one capacity, for the officers on the
 * team until the award. A user may hold several capacities, each added on its own; a deputy of
 * an opening officer names whom they stand in for. Nothing else changes: declarations made by
 * others stay, and the new membership is undeclared until its member declares (§ 6 VgV).
 */
export async function addTenderTeamMember({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AddTenderTeamMemberInput & { tenderId: string };
}): Promise<TenderTeamResponse> {
  const { tenderId, userId, capacity, version } = input;
  const deputyForUserId = input.deputyFor ?? null;
  return changeTender(
    ctx,
    { operationId: 'addTenderTeamMember', tenderId, action: 'tender.team.member_added' },
    async ({ trx, current, now, caller }) => {
      const { tender, team } = current;
      if (version !== tender.version) throw staleTender(version, tender.version);
      const user = (await findPeople(trx, [userId])).get(userId);
      const refusal = addMembershipRefusal(
        { organisationId: tender.organisation_id, members: teamRuleMembers(team) },
        user && {
          id: user.id,
          organisationId: user.organisation_id,
          role: user.role,
          disabledAt: user.disabled_at,
        },
        { capacity, deputyForUserId },
      );
      if (refusal?.kind === 'held') throw new ConflictError(refusal.message);
      if (refusal !== null) {
        throw new ValidationError('The user cannot take this place on the team.', [
          { in: 'body', pointer: `/${refusal.field}`, detail: refusal.message },
        ]);
      }
      const added = await insertTeamMember(trx, {
        tenderId,
        userId,
        capacity,
        deputyForUserId,
        addedBy: caller.userId,
        at: now,
      });
      const after = await touchTender(trx, tender, now);
      const afterTeam = [...team, added];
      await auditTenderChange(trx, ctx, {
        action: 'tender.team.member_added',
        object: tenderRef(tenderId),
        before: teamState(tender, team),
        after: teamState(after, afterTeam),
      });
      return tenderTeamView(trx, after, afterTeam);
    },
  );
}
