import { createRouter } from '../../http/route.ts';
import { registerAddTenderTeamMember } from './add-team-member.ts';
import { registerDeclareNoConflictOfInterest } from './declare.ts';
import { registerGetTenderRecord } from './get-record.ts';
import { registerListTenderNotices } from './list-notices.ts';
import { registerListTenderTeam } from './list-team.ts';
import { registerListTenderTeamCandidates } from './list-team-candidates.ts';
import { registerRemoveTenderTeamMember } from './remove-team-member.ts';

/** A tender's team, declarations, record and notices; mounted at `/v1/tenders`. */
export function tenderTeamRouter() {
  const router = createRouter();
  registerListTenderTeam(router);
  registerListTenderTeamCandidates(router);
  registerAddTenderTeamMember(router);
  registerRemoveTenderTeamMember(router);
  registerDeclareNoConflictOfInterest(router);
  registerGetTenderRecord(router);
  registerListTenderNotices(router);
  return router;
}
