import type { RecordVerificationInput, VerificationResponse } from '@tenderwise/schema';
import { findUserDisplayName, insertVerification } from '../../db/repositories/registry.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { auditActorOf } from '../../security/access/principal.ts';
import { appendAuditEntry } from '../../security/audit/append.ts';
import { auditStateHash } from '../../security/audit/entry.ts';
import type { ServiceContext } from '../context.ts';
import { publishedContent, readableVersion, todayOf } from './registry-reads.ts';
import { verificationResponse } from './views.ts';

/**
 * Records that the caller's authority checked one attestation of a published version (against
 * the issuer's register or the report) on `checkedOn`, with its result. The record belongs to
 * the authority; the vendor and other authorities do not see it. The attestation must be one of
 * the version's, and the check cannot lie in the future.
 */
export async function recordVerification({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordVerificationInput & { serviceId: string; number: number };
}): Promise<VerificationResponse> {
  const { version } = await readableVersion(
    ctx,
    'recordRegistryVerification',
    input.serviceId,
    input.number,
  );
  const caller = ctx.principal;
  // The policy row admits only signed-in officers and reviewers; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users record verifications');
  const { content } = publishedContent(version);
  const issues: FieldIssue[] = [];
  if (!content.attestations.some((attestation) => attestation.id === input.attestationId)) {
    issues.push({
      in: 'body',
      pointer: '/attestationId',
      detail: `Version ${version.number} has no attestation "${input.attestationId}".`,
    });
  }
  if (input.checkedOn > (await todayOf(ctx))) {
    issues.push({
      in: 'body',
      pointer: '/checkedOn',
      detail: 'The check cannot lie in the future.',
    });
  }
  if (issues.length > 0) throw new ValidationError('The verification cannot be recorded.', issues);

  return withTransaction<DB, VerificationResponse>(ctx.db, async (trx) => {
    const now = await ctx.clock.now<DB>(trx);
    const row = await insertVerification(trx, {
      versionId: version.id,
      attestationId: input.attestationId,
      authorityId: caller.organisationId,
      checkedOn: input.checkedOn,
      method: input.method,
      result: input.result,
      note: input.note ?? null,
      recordedBy: caller.userId,
      at: now,
    });
    await appendAuditEntry(trx, ctx.clock, {
      actor: auditActorOf(caller),
      action: 'registry.verification.recorded',
      object: { type: 'attestation_verification', id: row.id },
      outcome: 'succeeded',
      requestId: ctx.requestId ?? null,
      afterHash: auditStateHash({
        id: row.id,
        versionId: row.version_id,
        attestationId: row.attestation_id,
        authorityId: row.authority_id,
        checkedOn: row.checked_on,
        method: row.method,
        result: row.result,
        note: row.note,
      }),
    });
    const recordedByName = (await findUserDisplayName(trx, caller.userId)) ?? '';
    return verificationResponse({ ...row, recorded_by_name: recordedByName }, version.number);
  });
}
