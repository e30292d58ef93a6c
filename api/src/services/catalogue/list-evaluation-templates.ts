import type { TemplateListResponse } from '@tenderwise/schema';
import type { z } from 'zod';
import { listEvaluationTemplates as selectTemplates } from '../../db/repositories/catalogue.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { templateOf } from './stored-documents.ts';

/** The evaluation templates, each summarised: use case, method, regime and number of criteria. */
export async function listEvaluationTemplates({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<z.output<typeof TemplateListResponse>> {
  await authorize(ctx, { operationId: 'listEvaluationTemplates' });
  const rows = await selectTemplates(ctx.db);
  return {
    templates: rows.map(templateOf).map((template) => ({
      id: template.id,
      version: template.version,
      title: template.title,
      description: template.description,
      useCase: template.useCase,
      method: template.scheme.method.kind,
      // Every template names its regime (its schema requires it); VgV is the general case.
      regime: template.scheme.regime ?? 'VgV',
      criterionCount:
        (template.scheme.exclusionGrounds?.length ?? 0) +
        (template.scheme.restrictedRequirements?.length ?? 0) +
        template.scheme.suitability.length +
        template.scheme.minimumRequirements.length +
        template.scheme.conditions.length +
        template.scheme.award.filter((node) => node.kind !== 'group').length,
    })),
  };
}
