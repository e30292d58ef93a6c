import type { LocalizedText, RecommendationRule } from '@tenderwise/schema';
import { listEvaluationTemplates } from '../../db/repositories/catalogue.ts';
import type { LoadedRule } from '../../domain/catalogue/recommend.ts';
import type { TemplateChoice } from '../../domain/conversations/tender-path/world.ts';
import { entryTitles, recommendationRules, templateOf } from '../catalogue/stored-documents.ts';
import { catalogueDigest } from '../catalogue/stored-state.ts';
import type { ServiceContext } from '../context.ts';

/** What the paths read of the catalogue: its templates, recommendation rules and entry titles. */
export interface CatalogueWorld {
  templates: TemplateChoice[];
  recommendationRules: LoadedRule<RecommendationRule>[];
  entryTitle: (entryId: string) => LocalizedText;
}

/**
 * The catalogue as the paths read it, parsed once per catalogue state: every turn reads it, and
 * parsing every entry again took most of a turn's time. The state is the digest of the stored
 * files' hashes (each covers its items), so a reloaded catalogue is read afresh.
 */
let cached: { digest: string; world: CatalogueWorld } | undefined;

export async function catalogueWorld(db: ServiceContext['db']): Promise<CatalogueWorld> {
  const files = await db.selectFrom('catalogue_file').select(['id', 'sha256']).execute();
  const digest = catalogueDigest(files);
  if (cached?.digest === digest) return cached.world;
  const world: CatalogueWorld = {
    templates: (await listEvaluationTemplates(db)).map(templateOf).map((t) => ({
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
    })),
    recommendationRules: await recommendationRules(db),
    entryTitle: await entryTitles(db),
  };
  cached = { digest, world };
  return world;
}
