import type { EvaluationTemplate } from '@tenderwise/schema';
import { findEvaluationTemplate } from '../../db/repositories/catalogue.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { templateOf } from './stored-documents.ts';

/** One evaluation template with its complete scheme. */
export async function getEvaluationTemplate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { templateId: string };
}): Promise<EvaluationTemplate> {
  await authorize(ctx, { operationId: 'getEvaluationTemplate' });
  const row = await findEvaluationTemplate(ctx.db, input.templateId);
  if (!row) throw new NotFoundError(`There is no evaluation template "${input.templateId}".`);
  return templateOf(row);
}
