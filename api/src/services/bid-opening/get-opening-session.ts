import type { OpeningSession } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { findSession, sessionView } from './opening-steps.ts';

/**
 * An opening session as the team sees it: who started it, who confirmed their presence (and
 * whether their share is still held: after a restart of the server it is not, and they confirm
 * again), and whether it can open the bids now.
 */
export async function getOpeningSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; sessionId: string };
}): Promise<OpeningSession> {
  await readableTender(ctx, 'getOpeningSession', input.tenderId);
  const session = await findSession(ctx.db, input.tenderId, input.sessionId);
  return sessionView(ctx.db, session, await ctx.clock.now(ctx.db));
}
