import {
  attestationWarningDefaultDays,
  type AttestationWarningListResponse,
} from '@tenderwise/schema';
import { listLatestPublishedOfVendor } from '../../db/repositories/self-assessment-versions.ts';
import { expiryWarnings, validityRuleFor } from '../../domain/attestations/validity.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { contentOf } from '../views/self-assessments.ts';
import { attestationEntries, judgeSafely, recorded, todayOf } from './attestation-validity.ts';
import { vendorCaller } from './vendor-steps.ts';

/**
 * The caller's "renew soon" list: attestations of each service's newest published version whose
 * validity, by the scheme's rule, ends within `withinDays` days from today (Europe/Berlin) or
 * has ended, soonest first. Attestations whose validity cannot be determined are left out; the
 * version's `validity` says what is missing.
 */
export async function listAttestationWarnings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { withinDays?: number | undefined };
}): Promise<AttestationWarningListResponse> {
  await authorize(ctx, { operationId: 'listAttestationWarnings' });
  const { organisationId } = vendorCaller(ctx);
  const withinDays = input.withinDays ?? attestationWarningDefaultDays;
  const today = await todayOf(ctx);
  const entries = await attestationEntries(ctx.db);
  const items = (await listLatestPublishedOfVendor(ctx.db, organisationId))
    .flatMap((version) =>
      contentOf(version).attestations.map((attestation) => ({
        attestation: recorded(attestation),
        rule: validityRuleFor(entries, attestation.scheme, attestation.type)?.rule ?? null,
        source: { version, attestation },
      })),
    )
    // Dates the calendar cannot judge have no expiry to warn about.
    .filter((item) => judgeSafely(item.attestation, item.rule, today).status !== 'undetermined');
  return {
    today,
    withinDays,
    items: expiryWarnings(items, today, withinDays).map(
      ({ item, status, validUntil, daysLeft }) => ({
        serviceId: item.source.version.service_id,
        serviceName: item.source.version.service_name,
        versionNumber: item.source.version.number,
        attestationId: item.source.attestation.id,
        scheme: item.source.attestation.scheme,
        type: item.source.attestation.type ?? null,
        validUntil,
        status,
        daysLeft,
      }),
    ),
  };
}
