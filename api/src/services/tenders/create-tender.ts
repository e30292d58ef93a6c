import type { CreateTenderFields, TenderResponse } from '@tenderwise/schema';
import { insertTeamMember } from '../../db/repositories/tenders.ts';
import { findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, ForbiddenError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from './audit.ts';
import { checkedProcedure } from './procedure-rules.ts';
import { tenderState, tenderView } from './tender-view.ts';

/** Whether the database refused a second tender of the reference (a concurrent request won). */
function isReferenceViolation(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return (
    code === '23505' &&
    (constraint === undefined || constraint === 'tender_organisation_reference_key')
  );
}

const referenceTaken = (reference: string) =>
  new ConflictError(
    `Your authority already has a tender with the reference "${reference}": choose another.`,
  );

/**
 * Starts a tender of the caller's authority, as the policy row `createTender` allows (officers):
 * a draft the caller leads and is on the team of as an officer, with lot 1 titled like the
 * tender, since a tender without lots has one (§ 30 VgV; ADR 0038). The procedure type must be
 * one the regime knows, with its ground where it needs one. The reference is unique within the
 * authority (409 otherwise).
 */
export async function createTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateTenderFields;
}): Promise<TenderResponse> {
  await authorize(ctx, { operationId: 'createTender' });
  const { principal } = ctx;
  // The policy row admits only officers; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users create tenders');
  const procedure = await checkedProcedure({
    regime: input.regime,
    procedureType: input.procedureType,
    procedureGround: input.procedureGround ?? null,
  });
  const attempt = { action: 'tender.tender.created', object: null } as const;
  return recordingTenderRefusals(ctx, attempt, async () => {
    try {
      return await withTransaction<DB, TenderResponse>(ctx.db, async (trx) => {
        const creator = await findUserById(trx, principal.userId);
        if (creator === undefined || creator.disabled_at !== null) {
          throw new ForbiddenError('Only active officers start tenders.');
        }
        const taken = await trx
          .selectFrom('tender')
          .select('id')
          .where('organisation_id', '=', creator.organisation_id)
          .where('reference', '=', input.reference)
          .executeTakeFirst();
        if (taken !== undefined) throw referenceTaken(input.reference);
        const now = await ctx.clock.now<DB>(trx);
        const tender = await trx
          .insertInto('tender')
          .values({
            organisation_id: creator.organisation_id,
            reference: input.reference,
            title: input.title,
            description: input.description,
            cpv_codes: input.cpvCodes,
            regime: input.regime,
            procedure_type: procedure.type.id,
            procedure_ground: procedure.ground,
            land: input.land,
            authority_kind: input.authorityKind,
            contract_kind: input.contractKind,
            estimated_value: null,
            estimated_on: null,
            no_lots_reasons: null,
            max_lots_per_bidder: null,
            max_lots_per_award: null,
            bid_intake: input.bidIntake ?? 'platform',
            submission_deadline: null,
            questions_deadline: null,
            bid_validity_until: null,
            lead_user_id: creator.id,
            publication_requested_by: null,
            publication_requested_at: null,
            publication_requested_version: null,
            approved_by: null,
            published_at: null,
            cancelled_by: null,
            cancelled_at: null,
            cancellation_ground: null,
            cancellation_reasons: null,
            created_by: creator.id,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const member = await insertTeamMember(trx, {
          tenderId: tender.id,
          userId: creator.id,
          capacity: 'officer',
          addedBy: creator.id,
          at: now,
        });
        await trx
          .insertInto('tender_lot')
          .values({
            tender_id: tender.id,
            number: 1,
            title: input.title,
            description: '',
            scheme_draft: null,
            scheme_origin_kind: null,
            scheme_origin_template_id: null,
            scheme_origin_template_version: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await auditTenderChange(trx, ctx, {
          action: 'tender.tender.created',
          object: tenderRef(tender.id),
          after: { ...tenderState(tender), lots: [1], team: [[creator.id, 'officer']] },
        });
        return tenderView(trx, { tender, team: [member] }, principal, now);
      });
    } catch (error) {
      if (isReferenceViolation(error)) throw referenceTaken(input.reference);
      throw error;
    }
  });
}
