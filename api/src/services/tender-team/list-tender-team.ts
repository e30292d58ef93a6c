import type { TenderTeamResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { tenderTeamView } from './team-view.ts';

/**
 * The tender's team for everybody on it: members with their capacities, who added them and
 * when, their declarations (§ 6 VgV), the lead marked, what the team lacks for the publication,
 * and the declaration text each member makes.
 */
export async function listTenderTeam({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderTeamResponse> {
  const { tender, team } = await readableTender(ctx, 'listTenderTeam', input.tenderId);
  return tenderTeamView(ctx.db, tender, team);
}
