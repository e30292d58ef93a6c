import { z } from 'zod';
import { SelfAssessmentContent } from './content.ts';

/**
 * A whole self-assessment as a file: what a vendor exports from one version and imports into a
 * service's draft (the same service or another, e.g. a second region). Documents are named by
 * id: an import refuses evidence documents that do not belong to the target service.
 */
export const SelfAssessmentTransfer = z
  .strictObject({
    format: z.literal('tenderwise.self-assessment'),
    formatVersion: z.literal(1),
    service: z.strictObject({
      name: z.string().trim().min(1).max(200),
      summary: z.string().trim().min(1).max(2_000).optional(),
    }),
    content: SelfAssessmentContent,
  })
  .meta({ id: 'SelfAssessmentTransfer' });
export type SelfAssessmentTransfer = z.output<typeof SelfAssessmentTransfer>;
