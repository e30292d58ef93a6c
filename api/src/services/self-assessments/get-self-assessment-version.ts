import type { SelfAssessmentVersionResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { contentOf, versionResponse } from '../views/self-assessments.ts';
import { attestationEntries, judgeAttestations, todayOf } from './attestation-validity.ts';
import { readableVersion } from './version-steps.ts';

/**
 * One version of the caller's service, the draft included, with its attestations judged on
 * `validOn` (today in Germany when absent) by each scheme's validity rule.
 */
export async function getSelfAssessmentVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number; validOn?: string | undefined };
}): Promise<SelfAssessmentVersionResponse> {
  const { version } = await readableVersion(
    ctx,
    'getSelfAssessmentVersion',
    input.serviceId,
    input.number,
  );
  const on = input.validOn ?? (await todayOf(ctx));
  const validity = judgeAttestations(
    contentOf(version).attestations,
    await attestationEntries(ctx.db),
    on,
  );
  return versionResponse(version, validity);
}
