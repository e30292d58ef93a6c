import type { ContractValueInput, TenderResponse, UpdateTenderInput } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { estimateContractValue } from '../../domain/tenders/contract-value.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { auditTenderChange, tenderRef } from './audit.ts';
import { berlinDay } from './deadline-checks.ts';
import { checkedProcedure } from './procedure-rules.ts';
import { changeTender } from './tender-steps.ts';
import { lotsOf, lotValueId, storedEstimate, tenderState, tenderView } from './tender-view.ts';

const invalid = (issues: FieldIssue[]): ValidationError =>
  new ValidationError(
    issues.length === 1 ? issues[0]!.detail : `${issues.length} values in the request are invalid.`,
    issues,
  );

/**
 * The estimate checked against the tender: of the tender's kind of contract, and naming each of
 * its lots exactly once by `lot-<number>`; computing it surfaces what the schema cannot see (an
 * expected decrease larger than the value), under `/estimatedValue`.
 */
function checkedEstimate(
  estimate: ContractValueInput,
  contractKind: string,
  lotNumbers: readonly number[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (estimate.contractKind !== contractKind) {
    issues.push({
      in: 'body',
      pointer: '/estimatedValue/contractKind',
      detail: `The estimate is for ${estimate.contractKind}, the tender for ${contractKind}: they must agree.`,
    });
  }
  const expected = lotNumbers.map(lotValueId);
  estimate.lots.forEach((lot, index) => {
    if (!expected.includes(lot.id)) {
      issues.push({
        in: 'body',
        pointer: `/estimatedValue/lots/${index}/id`,
        detail: `The tender has no lot "${lot.id}": its lots are ${expected.join(', ')}.`,
      });
    }
  });
  const named = new Set(estimate.lots.map((lot) => lot.id));
  const missing = expected.filter((id) => !named.has(id));
  if (missing.length > 0) {
    issues.push({
      in: 'body',
      pointer: '/estimatedValue/lots',
      detail: `Estimate every lot of the tender (§ 3 (7) VgV): ${missing.join(', ')} missing.`,
    });
  }
  if (issues.length === 0) {
    try {
      estimateContractValue(estimate);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(
        ...error.issues.map((issue) => ({ ...issue, pointer: `/estimatedValue${issue.pointer}` })),
      );
    }
  }
  return issues;
}

/**
 * Changes a draft tender's procedure, subject, Land, kinds, estimated value and lot rules, for
 * the officers on its team (policy row `updateTender`; after publication 409). The caller sends
 * the version it read; a tender changed since is refused (409). The procedure type must be one
 * of the (new) regime, with its ground where it needs one; the estimate must fit the tender (see
 * `checkedEstimate`); the lot limits of § 30 (1) VgV may not exceed the number of lots, and at
 * most as many lots are awarded to one bidder as it may bid for.
 */
export async function updateTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateTenderInput & { tenderId: string };
}): Promise<TenderResponse> {
  const { tenderId } = input;
  return changeTender(
    ctx,
    { operationId: 'updateTender', tenderId, action: 'tender.tender.updated' },
    async ({ trx, current, now }) => {
      const before = current.tender;
      if (before.version !== input.version) {
        throw staleVersion('tender', input.version, before.version);
      }
      const lotNumbers = (await lotsOf(trx, tenderId)).map((lot) => lot.number);
      const regime = input.regime ?? before.regime;
      const procedureChanged =
        input.regime !== undefined ||
        input.procedureType !== undefined ||
        input.procedureGround !== undefined;
      let procedure = { typeId: before.procedure_type, ground: before.procedure_ground };
      if (procedureChanged) {
        // A new regime without a new type keeps the kind of procedure (`vgv.open` → `sektvo.open`).
        const typeId = input.procedureType ?? before.procedure_type.replace(/^[a-z]+\./, '');
        const checked = await checkedProcedure({
          regime,
          procedureType: typeId,
          procedureGround:
            input.procedureGround === undefined ? before.procedure_ground : input.procedureGround,
        });
        procedure = { typeId: checked.type.id, ground: checked.ground };
      }

      const issues: FieldIssue[] = [];
      const contractKind = input.contractKind ?? before.contract_kind;
      const estimate =
        input.estimatedValue === undefined ? storedEstimate(before) : input.estimatedValue;
      if (input.estimatedValue !== undefined && input.estimatedValue !== null) {
        issues.push(...checkedEstimate(input.estimatedValue, contractKind, lotNumbers));
      } else if (estimate !== null && estimate.contractKind !== contractKind) {
        issues.push({
          in: 'body',
          pointer: '/contractKind',
          detail: `The estimated value is for ${estimate.contractKind}: send a new estimate with the new kind of contract.`,
        });
      }
      if (input.estimatedOn !== undefined && estimate === null) {
        issues.push({
          in: 'body',
          pointer: '/estimatedOn',
          detail: 'A day of the estimate needs an estimated value.',
        });
      }
      const maxPerBidder =
        input.maxLotsPerBidder === undefined ? before.max_lots_per_bidder : input.maxLotsPerBidder;
      const maxPerAward =
        input.maxLotsPerAward === undefined ? before.max_lots_per_award : input.maxLotsPerAward;
      for (const [field, limit] of [
        ['maxLotsPerBidder', maxPerBidder],
        ['maxLotsPerAward', maxPerAward],
      ] as const) {
        if (limit !== null && limit > lotNumbers.length) {
          issues.push({
            in: 'body',
            pointer: `/${field}`,
            detail: `The tender has ${lotNumbers.length} lot(s): a limit of ${limit} limits nothing (§ 30 (1) VgV).`,
          });
        }
      }
      if (maxPerBidder !== null && maxPerAward !== null && maxPerAward > maxPerBidder) {
        issues.push({
          in: 'body',
          pointer: '/maxLotsPerAward',
          detail: `A bidder may bid for at most ${maxPerBidder} lot(s), so it cannot be awarded ${maxPerAward}.`,
        });
      }
      if (issues.length > 0) throw invalid(issues);

      const estimatedOn =
        estimate === null
          ? null
          : (input.estimatedOn ?? before.estimated_on ?? berlinDay(now).toString());
      const updated = await trx
        .updateTable('tender')
        .set({
          ...(input.title !== undefined && { title: input.title }),
          ...(input.description !== undefined && { description: input.description }),
          ...(input.cpvCodes !== undefined && { cpv_codes: input.cpvCodes }),
          regime,
          procedure_type: procedure.typeId,
          procedure_ground: procedure.ground,
          ...(input.land !== undefined && { land: input.land }),
          ...(input.authorityKind !== undefined && { authority_kind: input.authorityKind }),
          contract_kind: contractKind,
          estimated_value: estimate === null ? null : canonicalJson(estimate),
          estimated_on: estimatedOn,
          ...(input.noLotsReasons !== undefined && { no_lots_reasons: input.noLotsReasons }),
          max_lots_per_bidder: maxPerBidder,
          max_lots_per_award: maxPerAward,
          ...(input.bidIntake !== undefined && { bid_intake: input.bidIntake }),
          ...(input.missingDocumentRequests !== undefined && {
            missing_document_requests: input.missingDocumentRequests,
          }),
        })
        .where('id', '=', tenderId)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = await touchTender(trx, updated, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.tender.updated',
        object: tenderRef(tenderId),
        before: tenderState(before),
        after: tenderState(after),
      });
      return tenderView(trx, { tender: after, team: current.team }, ctx.principal, now);
    },
  );
}
