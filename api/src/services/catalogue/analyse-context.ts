import type {
  LegalExposureRequest,
  LegalExposureResponse,
  RecommendationRequest,
  RecommendationResponse,
} from '@tenderwise/schema';
import { assessLegalExposure } from '../../domain/catalogue/legal-exposure.ts';
import {
  entryTitles,
  loadLegalExposureRules,
  loadRecommendationRules,
  type CatalogueReadContext,
} from './read-catalogue.ts';
import { recommend } from '../../domain/catalogue/recommend.ts';

/** Recommendations for a buyer's context from the stored rules; reads only, stores nothing. */
export async function recommendForContext({
  ctx,
  input,
}: {
  ctx: CatalogueReadContext;
  input: RecommendationRequest;
}): Promise<RecommendationResponse> {
  const [rules, titles] = await Promise.all([loadRecommendationRules(ctx), entryTitles(ctx)]);
  return recommend(input.context, rules, titles);
}

/** The legal-exposure answers for an offer's self-assessment; reads only, stores nothing. */
export async function assessOffer({
  ctx,
  input,
}: {
  ctx: CatalogueReadContext;
  input: LegalExposureRequest;
}): Promise<LegalExposureResponse> {
  return assessLegalExposure(input.offer, await loadLegalExposureRules(ctx));
}
