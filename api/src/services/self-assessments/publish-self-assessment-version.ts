import type { PublishSelfAssessmentInput, SelfAssessmentVersionResponse } from '@tenderwise/schema';
import { publishDraftAtVersion } from '../../db/repositories/self-assessment-versions.ts';
import { findVendorProfile } from '../../db/repositories/vendor-profiles.ts';
import { evidenceDocumentIdsOfService } from '../../db/repositories/vendor-services.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { canonicalHash, canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { contentOf, profileOf, versionResponse } from '../views/self-assessments.ts';
import { auditVendorChange } from './audit.ts';
import { attestationEntries, judgeAttestations, todayOf } from './attestation-validity.ts';
import { citedDocuments, foreignDocuments, missingParts } from './publish-rules.ts';
import { draftAtVersion, versionState } from './version-steps.ts';
import { changeService } from './vendor-steps.ts';

/**
 * Publishes the draft (the `version` read; 409 when stale). Refused with 422, one pointer per
 * problem, when a required part is missing or an attestation cites a document that is not
 * evidence of this service; with 409 when the vendor has no profile yet. The vendor's profile is
 * kept with the version as it is now, and `content_sha256` commits to both: the SHA-256 of the
 * RFC 8785 canonical JSON of `{ content, vendor }`, which anybody can recompute from the
 * published version. From then on the row never changes (a database trigger refuses it).
 */
export async function publishSelfAssessmentVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: PublishSelfAssessmentInput & { serviceId: string; number: number };
}): Promise<SelfAssessmentVersionResponse> {
  return changeService(
    ctx,
    {
      operationId: 'publishSelfAssessmentVersion',
      serviceId: input.serviceId,
      action: 'self_assessment.version.published',
    },
    async ({ trx, service, now }) => {
      const before = await draftAtVersion(trx, service.id, input.number, input.version);
      const content = contentOf(before);
      const ofService = await evidenceDocumentIdsOfService(
        trx,
        service.id,
        citedDocuments(content).map((cited) => cited.documentId),
      );
      const issues = [...missingParts(content), ...foreignDocuments(content, ofService)];
      if (issues.length > 0) {
        throw new ValidationError(
          `The draft cannot be published yet: ${issues.length === 1 ? '1 part needs' : `${issues.length} parts need`} your attention.`,
          issues,
        );
      }
      const profileRow = await findVendorProfile(trx, service.organisation_id);
      if (profileRow === undefined) {
        throw new ConflictError(
          'Publishing keeps your vendor profile with the version: save your vendor profile first.',
        );
      }
      const vendor = profileOf(profileRow);
      const after = await publishDraftAtVersion(
        trx,
        { versionId: before.id, expectedVersion: input.version },
        {
          vendorSnapshot: canonicalJson(vendor),
          contentSha256: canonicalHash({ content, vendor }),
          at: now,
        },
      );
      if (after === undefined) throw staleVersion('draft', input.version, before.version + 1);
      await auditVendorChange(trx, ctx, {
        action: 'self_assessment.version.published',
        object: { type: 'self_assessment_version', id: after.id },
        before: versionState(before),
        after: versionState(after),
      });
      const validity = judgeAttestations(
        content.attestations,
        await attestationEntries(trx),
        await todayOf({ ...ctx, db: trx }),
      );
      return versionResponse(after, validity);
    },
  );
}
