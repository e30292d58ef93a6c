import type { RecommendationRequest, RecommendationResponse } from '@tenderwise/schema';
import { recommend } from '../../domain/catalogue/recommend.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { entryTitles, recommendationRules } from './stored-documents.ts';

/** Recommendations for a buyer's context from the stored rules; reads only, stores nothing. */
export async function recommendCriteria({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecommendationRequest;
}): Promise<RecommendationResponse> {
  await authorize(ctx, { operationId: 'recommendCriteria' });
  const [rules, titles] = await Promise.all([recommendationRules(ctx.db), entryTitles(ctx.db)]);
  return recommend(input.context, rules, titles);
}
