import type { SaveVendorProfileInput, VendorProfileResponse } from '@tenderwise/schema';
import {
  findVendorProfile,
  insertVendorProfile,
  updateVendorProfileAtVersion,
  type VendorProfileRow,
} from '../../db/repositories/vendor-profiles.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { vendorProfileResponse } from '../views/self-assessments.ts';
import { auditVendorChange, recordingVendorRefusals } from './audit.ts';
import { vendorCaller } from './vendor-steps.ts';

/**
 * Creates the caller's vendor profile (sent without `version`) or replaces it (with the `version`
 * read: a profile changed since is refused with 409, so nobody overwrites another's change). A
 * published self-assessment version keeps the profile as it was when published.
 */
export async function saveVendorProfile({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveVendorProfileInput;
}): Promise<{ profile: VendorProfileResponse; created: boolean }> {
  await authorize(ctx, { operationId: 'saveVendorProfile' });
  const { organisationId, by } = vendorCaller(ctx);
  const object = { type: 'vendor_profile', id: organisationId } as const;
  return recordingVendorRefusals(ctx, { action: 'vendor.profile.saved', object }, () =>
    withTransaction<DB, { profile: VendorProfileResponse; created: boolean }>(
      ctx.db,
      async (trx) => {
        const now = await ctx.clock.now<DB>(trx);
        const content = canonicalJson(input.profile);
        const before = await findVendorProfile(trx, organisationId);
        let after: VendorProfileRow | undefined;
        if (before === undefined) {
          if (input.version !== undefined) {
            throw new ConflictError(
              'Your organisation has no vendor profile yet: send it without a version to create it.',
            );
          }
          after = await insertVendorProfile(trx, { organisationId, content, by, at: now });
          // Somebody else created it a moment ago.
          if (after === undefined) throw staleVersion('vendor profile', null, 1);
        } else {
          if (input.version !== before.version) {
            throw staleVersion('vendor profile', input.version ?? null, before.version);
          }
          after = await updateVendorProfileAtVersion(
            trx,
            { organisationId, expectedVersion: before.version },
            { content, by, at: now },
          );
          if (after === undefined)
            throw staleVersion('vendor profile', input.version, before.version + 1);
        }
        await auditVendorChange(trx, ctx, {
          action: 'vendor.profile.saved',
          object,
          ...(before !== undefined && { before: profileState(before) }),
          after: profileState(after),
        });
        return { profile: vendorProfileResponse(after), created: before === undefined };
      },
    ),
  );
}

function profileState(row: VendorProfileRow) {
  return { organisationId: row.organisation_id, content: row.content, version: row.version };
}
