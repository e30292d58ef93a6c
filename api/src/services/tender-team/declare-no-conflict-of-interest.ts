import type { TenderTeamResponse } from '@tenderwise/schema';
import { listTeamMembers } from '../../db/repositories/tenders.ts';
import { markDeclared } from '../../db/repositories/tender-team.ts';
import { ConflictError } from '../../domain/errors.ts';
import { conflictDeclaration } from '../../domain/tenders/conflict-declaration.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { teamState, tenderTeamView } from './team-view.ts';

/**
 * The caller declares, for themselves, that they have no conflict of interest in the tender
 * (§ 6 VgV), for every capacity they hold on its team, with the version of the text they read.
 * Somebody not on the team does not find the tender (404, policy). Declaring again is harmless:
 * declarations made earlier keep their time and text version, only capacities added since are
 * declared now, and when there are none nothing changes and nothing is recorded (200 either
 * way). A declaration is the member's own statement, not a change of the tender: the tender's
 * version stays (a publication request needs every declaration already, so none can be voided).
 */
export async function declareNoConflictOfInterest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; textVersion: string };
}): Promise<TenderTeamResponse> {
  const { tenderId, textVersion } = input;
  return changeTender(
    ctx,
    { operationId: 'declareNoConflictOfInterest', tenderId, action: 'tender.team.declared' },
    async ({ trx, current, now, caller }) => {
      const { tender, team } = current;
      if (textVersion !== conflictDeclaration.version) {
        throw new ConflictError(
          'The declaration text has changed since you read it: read the current text ' +
            `(version ${conflictDeclaration.version}) and declare again.`,
        );
      }
      const declared = await markDeclared(
        trx,
        { tenderId, userId: caller.userId },
        { at: now, version: conflictDeclaration.version },
      );
      if (declared === 0) return tenderTeamView(trx, tender, team);
      const afterTeam = await listTeamMembers(trx, tenderId);
      await auditTenderChange(trx, ctx, {
        action: 'tender.team.declared',
        object: tenderRef(tenderId),
        before: teamState(tender, team),
        after: teamState(tender, afterTeam),
      });
      return tenderTeamView(trx, tender, afterTeam);
    },
  );
}
