import type { LegalExposureRequest, LegalExposureResponse } from '@tenderwise/schema';
import { assessLegalExposure as answerQuestions } from '../../domain/catalogue/legal-exposure.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { legalExposureRules } from './stored-documents.ts';

/** The legal-exposure answers for an offer's self-assessment; reads only, stores nothing. */
export async function assessLegalExposure({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: LegalExposureRequest;
}): Promise<LegalExposureResponse> {
  await authorize(ctx, { operationId: 'assessLegalExposure' });
  return answerQuestions(input.offer, await legalExposureRules(ctx.db));
}
