import { createRouter } from '../../http/route.ts';
import { registerCompareRegistryVersions } from './compare-versions.ts';
import { registerAssessRegistryLegalExposure } from './get-legal-exposure.ts';
import { registerGetRegistryService } from './get-service.ts';
import { registerGetRegistryVersion } from './get-version.ts';
import { registerListRegistryVerifications } from './list-verifications.ts';
import { registerRecordRegistryVerification } from './record-verification.ts';
import { registerSearchRegistry } from './search.ts';

/** The registry as authorities read it; mounted at `/v1/registry`. */
export function registryRouter() {
  const router = createRouter();
  registerSearchRegistry(router);
  registerGetRegistryService(router);
  registerCompareRegistryVersions(router);
  registerGetRegistryVersion(router);
  registerAssessRegistryLegalExposure(router);
  registerRecordRegistryVerification(router);
  registerListRegistryVerifications(router);
  return router;
}
