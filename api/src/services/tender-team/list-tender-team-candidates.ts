import type {
  TenderTeamCandidateListQuery,
  TenderTeamCandidateListResponse,
} from '@tenderwise/schema';
import { listTeamCandidates } from '../../db/repositories/tender-team.ts';
import { capacitiesForRole } from '../../domain/tenders/team-rules.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { readableTender } from '../tenders/tender-steps.ts';

/**
 * One page of the users the officers may add to the team: the enabled officers and reviewers
 * of the tender's authority, members included (a member may take a further capacity), each
 * with the capacities held and those the role still allows (see `capacityRoles`). The officers
 * pick from it instead of typing an id, and learn nothing about other authorities' users.
 */
export async function listTenderTeamCandidates({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderTeamCandidateListQuery & { tenderId: string };
}): Promise<TenderTeamCandidateListResponse> {
  const { tender, team } = await readableTender(ctx, 'listTenderTeamCandidates', input.tenderId);
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listTeamCandidates(ctx.db, tender.organisation_id, {
    limit,
    ...(after !== undefined && { after }),
  });
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  return {
    candidates: page.rows.map((row) => {
      const held = team.filter((m) => m.user_id === row.id).map((m) => m.capacity);
      return {
        userId: row.id,
        displayName: row.display_name,
        role: row.role,
        held,
        available: capacitiesForRole(row.role).filter((capacity) => !held.includes(capacity)),
      };
    }),
    nextCursor: page.nextCursor,
  };
}
