import type { DB } from '../../db/types.ts';
import type { TenderWorld } from '../../domain/conversations/tender-path/world.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { listEvaluationTemplates } from '../catalogue/list-evaluation-templates.ts';
import type { ServiceContext } from '../context.ts';
import { getTenderLotScheme } from '../tender-schemes/get-tender-lot-scheme.ts';
import { listTenderTeamCandidates } from '../tender-team/list-tender-team-candidates.ts';
import { getTender } from '../tenders/get-tender.ts';

/** The most colleagues the team steps offer; more are added on the tender's Team tab. */
const colleagueLimit = 100;

/**
 * What the tender path reads, as the caller may read it: each part through the verb a page
 * would call, so the dialogue never sees what its user could not.
 */
export async function loadTenderWorld(
  ctx: ServiceContext,
  tenderId: string | null,
): Promise<TenderWorld> {
  if (ctx.principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
  const now = await ctx.clock.now<DB>(ctx.db);
  const { templates } = await listEvaluationTemplates({ ctx });
  const world: TenderWorld = {
    today: berlinDayOf(now.toISOString()).toString(),
    userId: ctx.principal.userId,
    tender: null,
    scheme: null,
    templates: templates.map((t) => ({
      id: t.id,
      version: t.version,
      title: t.title,
      useCase: t.useCase,
      regime: t.regime,
    })),
    colleagues: [],
  };
  if (tenderId === null) return world;
  const tender = await getTender({ ctx, input: { tenderId } });
  const lot = await getTenderLotScheme({ ctx, input: { tenderId, lotNumber: 1 } });
  const candidates =
    tender.state === 'draft'
      ? await listTenderTeamCandidates({ ctx, input: { tenderId, limit: colleagueLimit } })
      : { candidates: [] };
  return {
    ...world,
    tender,
    scheme: lot.scheme,
    colleagues: candidates.candidates
      .filter((c) => c.role === 'officer' || c.role === 'reviewer')
      .map((c) => ({ id: c.userId, name: c.displayName, role: c.role as 'officer' | 'reviewer' })),
  };
}
