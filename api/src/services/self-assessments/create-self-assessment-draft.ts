import {
  SelfAssessmentContent,
  type CreateSelfAssessmentDraftInput,
  type SelfAssessmentVersionResponse,
} from '@tenderwise/schema';
import {
  findDraft,
  findVersionByNumber,
  insertDraft,
} from '../../db/repositories/self-assessment-versions.ts';
import { nextVersionNumber } from '../../db/repositories/self-assessment-versions.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { contentOf, versionResponse } from '../views/self-assessments.ts';
import { auditVendorChange } from './audit.ts';
import { attestationEntries, judgeAttestations, todayOf } from './attestation-validity.ts';
import { versionState } from './version-steps.ts';
import { changeService } from './vendor-steps.ts';

/** The service already has a draft: at most one at a time. */
export function draftExists(number: number): ConflictError {
  return new ConflictError(
    `The service has a draft already (version ${number}): save, import into or publish it.`,
  );
}

/**
 * Starts the service's next version as a draft: empty, or with the content of a published
 * version (`copyOf`). A service has at most one draft (409 when it has one).
 */
export async function createSelfAssessmentDraft({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateSelfAssessmentDraftInput & { serviceId: string };
}): Promise<SelfAssessmentVersionResponse> {
  return changeService(
    ctx,
    {
      operationId: 'createSelfAssessmentDraft',
      serviceId: input.serviceId,
      action: 'self_assessment.draft.created',
    },
    async ({ trx, service, now }) => {
      const existing = await findDraft(trx, service.id);
      if (existing !== undefined) throw draftExists(existing.number);
      let content = canonicalJson(SelfAssessmentContent.parse({}));
      if (input.copyOf !== undefined) {
        const source = await findVersionByNumber(trx, service.id, input.copyOf);
        if (source === undefined || source.status !== 'published') {
          throw new ValidationError('1 value in the request is invalid.', [
            {
              in: 'body',
              pointer: '/copyOf',
              detail: `The service has no published version ${input.copyOf} to copy.`,
            },
          ]);
        }
        content = source.content;
      }
      const draft = await insertDraft(trx, {
        serviceId: service.id,
        number: await nextVersionNumber(trx, service.id),
        content,
        at: now,
      });
      await auditVendorChange(trx, ctx, {
        action: 'self_assessment.draft.created',
        object: { type: 'self_assessment_version', id: draft.id },
        after: versionState(draft),
      });
      const validity = judgeAttestations(
        contentOf(draft).attestations,
        await attestationEntries(trx),
        await todayOf({ ...ctx, db: trx }),
      );
      return versionResponse(draft, validity);
    },
  );
}
