import type {
  SaveSelfAssessmentDraftInput,
  SelfAssessmentVersionResponse,
} from '@tenderwise/schema';
import { updateDraftAtVersion } from '../../db/repositories/self-assessment-versions.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { contentOf, versionResponse } from '../views/self-assessments.ts';
import { auditVendorChange } from './audit.ts';
import { attestationEntries, judgeAttestations, todayOf } from './attestation-validity.ts';
import { draftAtVersion, versionState } from './version-steps.ts';
import { changeService } from './vendor-steps.ts';

/**
 * Replaces the draft's content, with the `version` read (409 when stale). A published version is
 * never changed: saving it answers 409. Every part may still be missing in a draft; publishing
 * asks for the required ones.
 */
export async function saveSelfAssessmentDraft({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveSelfAssessmentDraftInput & { serviceId: string; number: number };
}): Promise<SelfAssessmentVersionResponse> {
  return changeService(
    ctx,
    {
      operationId: 'saveSelfAssessmentDraft',
      serviceId: input.serviceId,
      action: 'self_assessment.draft.saved',
    },
    async ({ trx, service, now }) => {
      const before = await draftAtVersion(trx, service.id, input.number, input.version);
      const after = await updateDraftAtVersion(
        trx,
        { versionId: before.id, expectedVersion: input.version },
        { content: canonicalJson(input.content), at: now },
      );
      // The service is locked, so draft and version still match.
      if (after === undefined) throw staleVersion('draft', input.version, before.version + 1);
      await auditVendorChange(trx, ctx, {
        action: 'self_assessment.draft.saved',
        object: { type: 'self_assessment_version', id: after.id },
        before: versionState(before),
        after: versionState(after),
      });
      const validity = judgeAttestations(
        contentOf(after).attestations,
        await attestationEntries(trx),
        await todayOf({ ...ctx, db: trx }),
      );
      return versionResponse(after, validity);
    },
  );
}
