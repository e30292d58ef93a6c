import {
  LegalExposureRuleFile,
  RecommendationRuleFile,
  type RuleListResponse,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { listCatalogueFiles } from '../../db/repositories/catalogue.ts';
import type { LoadedRule } from '../../domain/catalogue/recommend.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { legalExposureRules, recommendationRules } from './stored-documents.ts';

/** Every rule file with its rules, recommendation and legal-exposure files apart. */
export async function listCatalogueRules({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<z.output<typeof RuleListResponse>> {
  await authorize(ctx, { operationId: 'listCatalogueRules' });
  const [files, recommendation, legalExposure] = await Promise.all([
    listCatalogueFiles(ctx.db),
    recommendationRules(ctx.db),
    legalExposureRules(ctx.db),
  ]);
  const rulesOf = <R>(fileId: string, rules: LoadedRule<R>[]) =>
    rules.filter((item) => item.file.id === fileId).map((item) => item.rule);
  return {
    recommendation: files
      .filter((file) => file.kind === 'recommendationRules')
      .map((file) =>
        RecommendationRuleFile.parse({
          ...JSON.parse(file.header),
          rules: rulesOf(file.id, recommendation),
        }),
      ),
    legalExposure: files
      .filter((file) => file.kind === 'legalExposureRules')
      .map((file) =>
        LegalExposureRuleFile.parse({
          ...JSON.parse(file.header),
          rules: rulesOf(file.id, legalExposure),
        }),
      ),
  };
}
