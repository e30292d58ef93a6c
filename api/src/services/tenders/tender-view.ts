import { tenderReadiness } from '../tender-schemes/readiness.ts';
import type {
  ContractValueInput,
  LocalizedText,
  ProcedureType,
  TenderActions,
  TenderCapacity,
  TenderResponse,
  TenderThreshold,
  TenderValue,
} from '@tenderwise/schema';
import type { TenderRow, TeamMemberRow } from '../../db/repositories/tenders.ts';
import { classifyThreshold } from '../../domain/tenders/classify-threshold.ts';
import { estimateContractValue } from '../../domain/tenders/contract-value.ts';
import { findProcedureType, needsJustification } from '../../domain/tenders/procedure-types.ts';
import { DomainError } from '../../domain/errors.ts';
import { decide } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { Principal } from '../../security/access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { tenderDeadlineChecks } from './deadline-checks.ts';
import { procedureTypeTable, thresholdTable } from './regime-tables.ts';
import { tenderAccessObject, type TenderAccess } from './tender-access.ts';

type Db = ServiceContext['db'];

/** The id a lot has in the tender's estimate of its value (`ContractValueInput.lots[].id`). */
export const lotValueId = (lotNumber: number): string => `lot-${lotNumber}`;

/** The stored estimate, parsed (it was validated when saved). */
export function storedEstimate(
  tender: Pick<TenderRow, 'estimated_value'>,
): ContractValueInput | null {
  return tender.estimated_value === null
    ? null
    : (JSON.parse(tender.estimated_value) as ContractValueInput);
}

/** What the audit log's before/after hashes of a tender cover: everything a verb sets. */
export function tenderState(tender: TenderRow) {
  return {
    id: tender.id,
    organisationId: tender.organisation_id,
    reference: tender.reference,
    title: tender.title,
    description: tender.description,
    cpvCodes: tender.cpv_codes,
    regime: tender.regime,
    procedureType: tender.procedure_type,
    procedureGround: tender.procedure_ground,
    land: tender.land,
    authorityKind: tender.authority_kind,
    contractKind: tender.contract_kind,
    estimatedValue: tender.estimated_value,
    estimatedOn: tender.estimated_on,
    noLotsReasons: tender.no_lots_reasons,
    maxLotsPerBidder: tender.max_lots_per_bidder,
    maxLotsPerAward: tender.max_lots_per_award,
    bidIntake: tender.bid_intake,
    missingDocumentRequests: tender.missing_document_requests,
    submissionDeadline: tender.submission_deadline?.toISOString() ?? null,
    questionsDeadline: tender.questions_deadline?.toISOString() ?? null,
    bidValidityUntil: tender.bid_validity_until,
    periodReductions: tender.period_reductions,
    state: tender.state,
    leadUserId: tender.lead_user_id,
    version: tender.version,
  };
}

/** The caller's capacities on the team, in the order of the capacities. */
export function capacitiesOf(team: readonly TeamMemberRow[], userId: string): TenderCapacity[] {
  const order: readonly TenderCapacity[] = [
    'officer',
    'openingOfficer',
    'openingDeputy',
    'evaluator',
    'reviewer',
  ];
  const held = new Set(team.filter((m) => m.user_id === userId).map((m) => m.capacity));
  return order.filter((capacity) => held.has(capacity));
}

/** The lots of a tender with whether each has a scheme (a draft, or a published version). */
export async function lotsOf(db: Db, tenderId: string) {
  return db
    .selectFrom('tender_lot')
    .select((eb) => [
      'tender_lot.number',
      'tender_lot.title',
      'tender_lot.description',
      'tender_lot.scheme_origin_kind',
      'tender_lot.created_at',
      'tender_lot.updated_at',
      eb
        .or([
          eb('tender_lot.scheme_draft', 'is not', null),
          eb.exists(
            eb
              .selectFrom('tender_scheme_version')
              .select('tender_scheme_version.number')
              .whereRef('tender_scheme_version.tender_id', '=', 'tender_lot.tender_id')
              .whereRef('tender_scheme_version.lot_number', '=', 'tender_lot.number'),
          ),
        ])
        .as('has_scheme'),
    ])
    .where('tender_lot.tender_id', '=', tenderId)
    .orderBy('tender_lot.number')
    .execute();
}

/** The procedure type of a tender from the table; a stored id the table lost is a server fault. */
export async function procedureTypeOfTender(tender: Pick<TenderRow, 'regime' | 'procedure_type'>) {
  const type = findProcedureType(await procedureTypeTable(), tender.regime, tender.procedure_type);
  if (type === undefined) {
    throw new Error(`The table of procedure types lacks ${tender.procedure_type}`);
  }
  return type;
}

/**
 * What the caller may do with the tender now: the policy table's decision on each operation,
 * narrowed by the facts the verbs check (a publication request to withdraw or approve, four
 * eyes). Pages show or hide their controls by it; the verbs decide again.
 */
export function tenderActions(principal: Principal, access: TenderAccess): TenderActions {
  const object = tenderAccessObject(access);
  const may = (operationId: OperationId) => decide({ principal, operationId, object }).allowed;
  const { tender } = access;
  const requested =
    tender.publication_requested_version !== null &&
    tender.publication_requested_version === tender.version;
  const caller = principal.kind === 'user' ? principal.userId : null;
  return {
    update: may('updateTender'),
    updateDeadlines: may('updateTenderDeadlines'),
    manageLots: may('createTenderLot'),
    saveScheme: may('saveTenderLotScheme'),
    manageTeam: may('addTenderTeamMember'),
    declare: may('declareNoConflictOfInterest'),
    requestPublication: may('requestTenderPublication') && !requested,
    withdrawPublicationRequest: may('withdrawTenderPublicationRequest') && requested,
    approvePublication:
      may('approveTenderPublication') && requested && tender.publication_requested_by !== caller,
    correct: may('correctTender'),
    cancel: may('cancelTender'),
    answerQuestions: may('answerTenderQuestion'),
  };
}

/**
 * The regime whose EU threshold a tender's value is compared with: its own, or for a UVgO tender
 * the EU regime it must stay below (a sector entity's SektVO, a defence contract's VSVgV, else
 * the VgV; § 106 (2) GWB).
 */
function comparedRegime(tender: TenderRow): TenderThreshold['comparedWith'] {
  if (tender.regime !== 'UVgO') return tender.regime;
  if (tender.authority_kind === 'sectorEntity') return 'SektVO';
  if (tender.authority_kind === 'defenceSecurity') return 'VSVgV';
  return 'VgV';
}

async function thresholdOf(tender: TenderRow, value: string): Promise<TenderThreshold> {
  const table = await thresholdTable();
  const comparedWith = comparedRegime(tender);
  const base = { table: { id: table.id, version: table.version }, comparedWith };
  let classification;
  try {
    classification = classifyThreshold(table, {
      value,
      regime: comparedWith,
      authorityKind: tender.authority_kind,
      contractKind: tender.contract_kind,
      on: tender.estimated_on!,
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ...base, classification: null, problem: error.message, regimeFits: null, note: null };
  }
  const above = classification.position === 'above';
  const eu = tender.regime !== 'UVgO';
  const regimeFits = eu === above;
  let note: LocalizedText | null = null;
  if (!regimeFits) {
    note = eu
      ? {
          de: `Der geschätzte Auftragswert liegt unter dem EU-Schwellenwert: Die ${tender.regime} gilt nur ab dem Schwellenwert (§ 106 Abs. 1 GWB). Unterhalb gelten das Haushaltsrecht und, wo in Kraft gesetzt, die UVgO.`,
          en: `The estimated value is below the EU threshold: the ${tender.regime} applies only from the threshold on (§ 106 (1) GWB). Below it, budget law and, where put into force, the UVgO apply.`,
        }
      : {
          de: 'Der geschätzte Auftragswert erreicht den EU-Schwellenwert: Die UVgO gilt nicht, sondern Teil 4 des GWB mit der VgV, SektVO oder VSVgV (§ 106 Abs. 1 GWB).',
          en: 'The estimated value reaches the EU threshold: the UVgO does not apply, Part 4 of the GWB with the VgV, SektVO or VSVgV does (§ 106 (1) GWB).',
        };
  }
  return { ...base, classification, problem: null, regimeFits, note };
}

async function valueOf(tender: TenderRow, lotNumbers: readonly number[]): Promise<TenderValue> {
  const estimate = storedEstimate(tender);
  if (estimate === null) {
    return {
      estimatedValue: null,
      estimatedOn: null,
      contractValue: null,
      matchesLots: null,
      threshold: null,
    };
  }
  const contractValue = estimateContractValue(estimate);
  const ids = estimate.lots.map((lot) => lot.id).sort();
  const expected = lotNumbers.map(lotValueId).sort();
  return {
    estimatedValue: estimate,
    estimatedOn: tender.estimated_on,
    contractValue,
    matchesLots: ids.length === expected.length && ids.every((id, i) => id === expected[i]),
    threshold: await thresholdOf(tender, contractValue.value),
  };
}

export function procedureTypeView(type: ProcedureType): TenderResponse['procedureType'] {
  return {
    id: type.id,
    name: type.name,
    choice: type.choice,
    needsGround: needsJustification(type),
    references: type.references,
    choiceReferences: type.choiceReferences,
    stages: type.stages,
  };
}

/** Everything of a tender its team sees, with the computed value, threshold and deadline checks. */
export async function tenderView(
  db: Db,
  access: TenderAccess,
  principal: Principal,
  now: Date,
): Promise<TenderResponse> {
  const { tender, team } = access;
  const lots = await lotsOf(db, tender.id);
  const lead = await db
    .selectFrom('app_user')
    .select('display_name')
    .where('id', '=', tender.lead_user_id)
    .executeTakeFirstOrThrow();
  const type = await procedureTypeOfTender(tender);
  const userId = principal.kind === 'user' ? principal.userId : '';
  return {
    id: tender.id,
    organisationId: tender.organisation_id,
    reference: tender.reference,
    title: tender.title,
    state: tender.state,
    regime: tender.regime,
    procedureTypeId: tender.procedure_type,
    submissionDeadline: tender.submission_deadline?.toISOString() ?? null,
    lotCount: lots.length,
    leadUserId: tender.lead_user_id,
    version: tender.version,
    capacities: capacitiesOf(team, userId),
    createdAt: tender.created_at.toISOString(),
    updatedAt: tender.updated_at.toISOString(),
    description: tender.description,
    cpvCodes: tender.cpv_codes,
    procedureType: procedureTypeView(type),
    procedureGround: tender.procedure_ground,
    land: tender.land as TenderResponse['land'],
    authorityKind: tender.authority_kind,
    contractKind: tender.contract_kind,
    value: await valueOf(
      tender,
      lots.map((lot) => lot.number),
    ),
    lots: lots.map((lot) => ({
      number: lot.number,
      title: lot.title,
      description: lot.description,
      hasScheme: Boolean(lot.has_scheme),
    })),
    noLotsReasons: tender.no_lots_reasons,
    maxLotsPerBidder: tender.max_lots_per_bidder,
    maxLotsPerAward: tender.max_lots_per_award,
    bidIntake: tender.bid_intake,
    missingDocumentRequests: tender.missing_document_requests,
    deadlines: {
      submissionDeadline: tender.submission_deadline?.toISOString() ?? null,
      questionsDeadline: tender.questions_deadline?.toISOString() ?? null,
      bidValidityUntil: tender.bid_validity_until,
      periodReductions: tender.period_reductions,
      checks: tenderDeadlineChecks(tender, type, now),
    },
    publication: {
      requestedBy: tender.publication_requested_by,
      requestedAt: tender.publication_requested_at?.toISOString() ?? null,
      requestedVersion: tender.publication_requested_version,
      requestCurrent:
        tender.publication_requested_version !== null &&
        tender.publication_requested_version === tender.version,
      approvedBy: tender.approved_by,
      publishedAt: tender.published_at?.toISOString() ?? null,
    },
    cancellation:
      tender.cancelled_at === null
        ? null
        : {
            cancelledBy: tender.cancelled_by!,
            cancelledAt: tender.cancelled_at.toISOString(),
            ground: tender.cancellation_ground!,
            reasons: tender.cancellation_reasons!,
          },
    leadDisplayName: lead.display_name,
    createdBy: tender.created_by,
    actions: tenderActions(principal, access),
    readiness: tender.state === 'draft' ? await tenderReadiness(db, tender, now) : [],
  };
}
