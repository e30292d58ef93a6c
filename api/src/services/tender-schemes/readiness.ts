import type { ProcedureTypeTable, TenderReadinessItem } from '@tenderwise/schema';
import { readProcedureTypes } from '@tenderwise/seed';
import type { Kysely, Transaction } from 'kysely';
import { listTeamMembers, type TenderRow } from '../../db/repositories/tenders.ts';
import type { DB } from '../../db/types.ts';
import { checkSubmissionDeadline } from '../../domain/deadlines/index.ts';
import { DomainError } from '../../domain/errors.ts';
import { findProcedureType, needsJustification } from '../../domain/tenders/procedure-types.ts';
import { publicationReadiness } from '../../domain/tenders/publication-readiness.ts';
import { validateScheme } from '../../engine/scheme/validate-scheme.ts';
import { berlinLocalText, deadlineModelOf } from './deadline-model.ts';
import { listLots, onTender, storedTenderScheme } from './scheme-rows.ts';

let procedureTypes: Promise<ProcedureTypeTable> | undefined;

/** The procedure types of the seed (`seed/regimes/procedure-types.json`), read once. */
function procedureTypeTable(): Promise<ProcedureTypeTable> {
  procedureTypes ??= readProcedureTypes().catch((error: unknown) => {
    procedureTypes = undefined;
    throw error;
  });
  return procedureTypes;
}

/**
 * What the tender still lacks before its publication (see `publicationReadiness`), as of `now`:
 * the submission deadline is checked as if the notice were dispatched then. Empty when ready.
 * `getTender` shows it as `readiness`; requesting and approving the publication refuse while it
 * is not empty.
 */
export async function tenderReadiness(
  db: Kysely<DB> | Transaction<DB>,
  tender: TenderRow,
  now: Date,
): Promise<TenderReadinessItem[]> {
  const [lots, team, table, openingKeys] = await Promise.all([
    listLots(db, tender.id),
    listTeamMembers(db, tender.id),
    procedureTypeTable(),
    tender.bid_intake === 'vault'
      ? db
          .selectFrom('tender_opening_key')
          .select('user_id')
          .where('tender_id', '=', tender.id)
          .execute()
      : [],
  ]);
  const type = findProcedureType(table, tender.regime, tender.procedure_type);
  const model = deadlineModelOf(tender);
  let submissionDeadlineErrors: ReturnType<typeof checkSubmissionDeadline>['errors'] = [];
  if (model !== null && tender.submission_deadline !== null) {
    try {
      submissionDeadlineErrors = checkSubmissionDeadline({
        regime: model.regime,
        procedureType: model.procedureType,
        dispatchedAt: now.toISOString(),
        deadline: berlinLocalText(tender.submission_deadline),
        place: model.place,
        reductions: model.reductions,
      }).errors;
    } catch (error) {
      // A stored deadline the rules cannot read is refused where it is set; nothing to add here.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return publicationReadiness({
    regime: tender.regime,
    noLotsReasons: tender.no_lots_reasons,
    estimatedValueSet: tender.estimated_value !== null,
    submissionDeadlineSet: tender.submission_deadline !== null,
    questionsDeadlineSet: tender.questions_deadline !== null,
    bidValidityUntilSet: tender.bid_validity_until !== null,
    submissionDeadlineErrors,
    procedureGroundSet: tender.procedure_ground !== null,
    procedureGroundSources:
      type !== undefined && needsJustification(type)
        ? type.choiceReferences.map((reference) => reference.paragraph)
        : null,
    lots: lots.map((lot) => ({
      number: lot.number,
      schemeIssues:
        lot.scheme_draft === null
          ? null
          : validateScheme(onTender(storedTenderScheme(lot.scheme_draft), tender, now)),
    })),
    leadUserId: tender.lead_user_id,
    team: team.map((member) => ({
      userId: member.user_id,
      capacity: member.capacity,
      deputyForUserId: member.deputy_for_user_id,
      declared: member.declared_at !== null,
    })),
    bidIntake: tender.bid_intake,
    openingKeyUserIds: openingKeys.map((key) => key.user_id),
  });
}
