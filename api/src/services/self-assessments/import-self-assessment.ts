import type { SelfAssessmentTransfer, SelfAssessmentVersionResponse } from '@tenderwise/schema';
import {
  findDraft,
  insertDraft,
  nextVersionNumber,
  updateDraftAtVersion,
} from '../../db/repositories/self-assessment-versions.ts';
import { evidenceDocumentIdsOfService } from '../../db/repositories/vendor-services.ts';
import { ValidationError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { contentOf, versionResponse } from '../views/self-assessments.ts';
import { auditVendorChange } from './audit.ts';
import { attestationEntries, judgeAttestations, todayOf } from './attestation-validity.ts';
import { citedDocuments, foreignDocuments } from './publish-rules.ts';
import { versionState } from './version-steps.ts';
import { changeService } from './vendor-steps.ts';

/**
 * Replaces the service's draft with the content of a self-assessment file, or starts a draft
 * with it. The file was checked field by field before (the route's schema); here the documents it
 * cites must be evidence of this service. Every problem is reported at once, with its JSON
 * pointer into the file, and nothing is written unless all is well: the draft changes in one
 * transaction or not at all. The service keeps its name; the file's is for the reader.
 */
export async function importSelfAssessment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SelfAssessmentTransfer & { serviceId: string };
}): Promise<{ version: SelfAssessmentVersionResponse; created: boolean }> {
  return changeService(
    ctx,
    {
      operationId: 'importSelfAssessment',
      serviceId: input.serviceId,
      action: 'self_assessment.draft.imported',
    },
    async ({ trx, service, now }) => {
      const { content } = input;
      const ofService = await evidenceDocumentIdsOfService(
        trx,
        service.id,
        citedDocuments(content).map((cited) => cited.documentId),
      );
      const issues = foreignDocuments(content, ofService);
      if (issues.length > 0) {
        throw new ValidationError(
          issues.length === 1
            ? '1 value in the request is invalid.'
            : `${issues.length} values in the request are invalid.`,
          issues,
        );
      }
      const text = canonicalJson(content);
      const before = await findDraft(trx, service.id);
      const after =
        before === undefined
          ? await insertDraft(trx, {
              serviceId: service.id,
              number: await nextVersionNumber(trx, service.id),
              content: text,
              at: now,
            })
          : await updateDraftAtVersion(
              trx,
              { versionId: before.id, expectedVersion: before.version },
              { content: text, at: now },
            );
      // The service is locked: nobody changed the draft meanwhile.
      if (after === undefined) throw new Error('The draft changed under the service lock');
      await auditVendorChange(trx, ctx, {
        action: 'self_assessment.draft.imported',
        object: { type: 'self_assessment_version', id: after.id },
        ...(before !== undefined && { before: versionState(before) }),
        after: versionState(after),
      });
      const validity = judgeAttestations(
        contentOf(after).attestations,
        await attestationEntries(trx),
        await todayOf({ ...ctx, db: trx }),
      );
      return { version: versionResponse(after, validity), created: before === undefined };
    },
  );
}
