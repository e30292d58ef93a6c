import type { DB } from '../../db/types.ts';
import type { TemplateChoice, TenderWorld } from '../../domain/conversations/tender-path/world.ts';
import { tenderTeamView } from '../tender-team/team-view.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';
import { listEvaluationTemplates } from '../../db/repositories/catalogue.ts';
import { entryTitles, recommendationRules, templateOf } from '../catalogue/stored-documents.ts';
import { procedureTypeTable, thresholdTable } from '../tenders/regime-tables.ts';
import type { ServiceContext } from '../context.ts';
import { getTenderLotScheme } from '../tender-schemes/get-tender-lot-scheme.ts';
import { listTenderTeamCandidates } from '../tender-team/list-tender-team-candidates.ts';
import { getTender } from '../tenders/get-tender.ts';

/** The catalogue's templates as the paths offer them. */
export async function templateChoices(ctx: ServiceContext): Promise<TemplateChoice[]> {
  // The catalogue is public reference data: read as it is stored, like its public operations.
  const templates = (await listEvaluationTemplates(ctx.db)).map(templateOf);
  return templates.map((t) => ({
    id: t.id,
    version: t.version,
    title: t.title,
    useCase: t.useCase,
    regime: t.scheme.regime ?? 'VgV',
    preliminaryChecks: t.preliminaryChecks.map(({ id, question, guidance }) => ({
      id,
      question,
      guidance,
    })),
    lots: t.lots,
  }));
}

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
  const world: TenderWorld = {
    today: berlinDayOf(now.toISOString()).toString(),
    userId: ctx.principal.userId,
    tender: null,
    scheme: null,
    templates: await templateChoices(ctx),
    colleagues: [],
    thresholds: await thresholdTable(),
    procedureTypes: await procedureTypeTable(),
    recommendationRules: await recommendationRules(ctx.db),
    entryTitle: await entryTitles(ctx.db),
  };
  if (tenderId === null) return { ...world, team: null };
  const tender = await getTender({ ctx, input: { tenderId } });
  const lot = await getTenderLotScheme({ ctx, input: { tenderId, lotNumber: 1 } });
  const candidates =
    tender.state === 'draft'
      ? await listTenderTeamCandidates({ ctx, input: { tenderId, limit: colleagueLimit } })
      : { candidates: [] };
  const access = await readableTender(ctx, 'listTenderTeam', tenderId);
  return {
    ...world,
    tender,
    scheme: lot.scheme,
    team: await tenderTeamView(ctx.db, access.tender, access.team),
    colleagues: candidates.candidates
      .filter((c) => c.role === 'officer' || c.role === 'reviewer')
      .map((c) => ({ id: c.userId, name: c.displayName, role: c.role as 'officer' | 'reviewer' })),
  };
}
