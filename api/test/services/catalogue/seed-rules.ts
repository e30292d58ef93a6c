import { readSeed } from '@tenderwise/seed';
import type {
  BuyerContext,
  LegalExposureRule,
  LocalizedText,
  RecommendationRule,
} from '@tenderwise/schema';
import { BuyerContext as BuyerContextSchema } from '@tenderwise/schema';
import type { z } from 'zod';
import type { LoadedRule } from '../../../src/domain/catalogue/recommend.ts';

/** The rules and entry titles of the seed files, as the stored ones would be loaded. */
export async function seedRules() {
  const bundle = await readSeed();
  const recommendation: LoadedRule<RecommendationRule>[] = [];
  const legalExposure: LoadedRule<LegalExposureRule>[] = [];
  for (const file of bundle.rules) {
    const ref = { id: file.id, version: file.version };
    if (file.kind === 'recommendation') {
      recommendation.push(...file.rules.map((rule) => ({ rule, file: ref })));
    } else legalExposure.push(...file.rules.map((rule) => ({ rule, file: ref })));
  }
  const titles = new Map(
    bundle.catalogues.flatMap((file) => file.entries).map((entry) => [entry.id, entry.title]),
  );
  const title = (id: string): LocalizedText => titles.get(id) ?? { de: id, en: id };
  return { recommendation, legalExposure, title };
}

/** A context no rule speaks to: on premises, no special data, small, below the EU threshold. */
export const quietContext: z.input<typeof BuyerContextSchema> = {
  dataClasses: [],
  nis2Entity: 'none',
  kritisOperator: false,
  sector: 'other',
  sgbVActor: false,
  serviceModel: 'onPremises',
  aiWorkloads: false,
  contractValueEur: 50_000,
  aboveEuThreshold: false,
};

export function context(overrides: Partial<z.input<typeof BuyerContextSchema>> = {}): BuyerContext {
  return BuyerContextSchema.parse({ ...quietContext, ...overrides });
}
