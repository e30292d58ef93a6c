import type { OpeningSession } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { sessionView } from './opening-steps.ts';

/** The tender's opening sessions, newest first, as the team sees them (`getOpeningSession`). */
export async function listOpeningSessions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<OpeningSession[]> {
  await readableTender(ctx, 'listOpeningSessions', input.tenderId);
  const rows = await ctx.db
    .selectFrom('opening_session')
    .selectAll()
    .where('tender_id', '=', input.tenderId)
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .execute();
  const now = await ctx.clock.now(ctx.db);
  const sessions: OpeningSession[] = [];
  for (const row of rows) sessions.push(await sessionView(ctx.db, row, now));
  return sessions;
}
