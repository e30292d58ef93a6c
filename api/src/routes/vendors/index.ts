import { createRouter } from '../../http/route.ts';
import { registerListAttestationWarnings } from './attestation-warnings.ts';
import { registerCreateSelfAssessmentDraft } from './create-draft.ts';
import { registerCreateVendorService } from './create-service.ts';
import { registerExportSelfAssessmentVersion } from './export-version.ts';
import { registerGetVendorProfile } from './get-profile.ts';
import { registerGetVendorService } from './get-service.ts';
import { registerGetSelfAssessmentVersion } from './get-version.ts';
import { registerImportSelfAssessment } from './import.ts';
import { registerListAuthorities } from './list-authorities.ts';
import { registerListVendorServices } from './list-services.ts';
import { registerListSelfAssessmentVersions } from './list-versions.ts';
import { registerPublishSelfAssessmentVersion } from './publish-version.ts';
import { registerSaveSelfAssessmentDraft } from './save-draft.ts';
import { registerSaveVendorProfile } from './save-profile.ts';
import { registerUpdateVendorService } from './update-service.ts';

/**
 * The vendor side of the self-assessment registry: profile, services, versions, export and
 * import, expiry warnings and the authorities to grant access to; mounted at `/v1`.
 */
export function vendorsRouter() {
  const router = createRouter();
  registerGetVendorProfile(router);
  registerSaveVendorProfile(router);
  registerListVendorServices(router);
  registerCreateVendorService(router);
  // Before `/vendor-services/{serviceId}`, which would otherwise take its path.
  registerListAttestationWarnings(router);
  registerGetVendorService(router);
  registerUpdateVendorService(router);
  registerListSelfAssessmentVersions(router);
  registerCreateSelfAssessmentDraft(router);
  registerGetSelfAssessmentVersion(router);
  registerSaveSelfAssessmentDraft(router);
  registerPublishSelfAssessmentVersion(router);
  registerExportSelfAssessmentVersion(router);
  registerImportSelfAssessment(router);
  registerListAuthorities(router);
  return router;
}
