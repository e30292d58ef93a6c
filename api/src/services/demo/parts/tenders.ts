import type {
  DemoObjectCount,
  DemoTender,
  DemoTenderCorrection,
  EvaluationScheme,
  TenderLand,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { dayStatus } from '../../../domain/deadlines/index.ts';
import { conflictDeclaration } from '../../../domain/tenders/conflict-declaration.ts';
import type { ServiceContext } from '../../context.ts';
import { askTenderQuestion } from '../../public-tenders/ask-tender-question.ts';
import { registerTenderInterest } from '../../public-tenders/register-tender-interest.ts';
import { answerTenderQuestion } from '../../tender-questions/answer-tender-question.ts';
import { approveTenderPublication } from '../../tender-schemes/approve-tender-publication.ts';
import { correctTender } from '../../tender-schemes/correct-tender.ts';
import { getTenderSchemeVersion } from '../../tender-schemes/get-tender-scheme-version.ts';
import { requestTenderPublication } from '../../tender-schemes/request-tender-publication.ts';
import { saveTenderLotScheme } from '../../tender-schemes/save-tender-lot-scheme.ts';
import { addTenderTeamMember } from '../../tender-team/add-tender-team-member.ts';
import { declareNoConflictOfInterest } from '../../tender-team/declare-no-conflict-of-interest.ts';
import { createTender } from '../../tenders/create-tender.ts';
import { placeOf } from '../../tenders/deadline-checks.ts';
import { updateTender } from '../../tenders/update-tender.ts';
import { updateTenderDeadlines } from '../../tenders/update-tender-deadlines.ts';
import { updateTenderLot } from '../../tenders/update-tender-lot.ts';
import { actingAs, demoIdOf } from '../acting-as.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's tenders, after the accounts whose people prepare them: each tender is made by the
 * tender verbs, called as the demo people named in the file would call them. The lead starts it,
 * states the estimated value and why it is not divided into lots, names lot 1, takes its scheme
 * from a catalogue template, sets the deadlines (days after the load, moved to a working day at
 * the seat, so the minimum periods hold whenever the demo is loaded) and adds the team; the
 * members declare that they have no conflict of interest (§ 6 VgV). Where the file says so, the
 * lead asks for publication and a second officer approves it (four eyes), which freezes scheme
 * version 1 under its commitment; then demo vendors register interest and ask questions, the
 * officers answer, and a correction publishes version 2 of a lot's scheme with a later deadline,
 * notified to every interested vendor. So every rule of the verbs holds and the tender record
 * names who did what. A tender made by an earlier load is left as it is.
 */
export const tendersPart: DemoPart<'tenders'> = {
  name: 'tenders',
  async load(step, data) {
    const tenders = { kind: 'tender', created: 0, present: 0 };
    for (const tender of data.tenders) {
      if (step.objects.idOf('tender', tender.key) !== undefined) {
        tenders.present++;
        continue;
      }
      await createDemoTender(step, tender);
      tenders.created++;
    }
    return [tenders] satisfies DemoObjectCount[];
  },
};

/** What a later part adds to a demo tender: where its bids go, and a step before publication. */
export interface DemoTenderOptions {
  bidIntake?: 'platform' | 'vault';
  /** Runs after the team has declared and before publication is asked for. */
  beforePublication?: (tenderId: string) => Promise<void>;
}

export async function createDemoTender(
  step: DemoStep,
  tender: DemoTender,
  options: DemoTenderOptions = {},
): Promise<string> {
  const as = actingAs(step);
  const lead = await as(tender.lead);
  const created = await createTender({
    ctx: lead,
    input: {
      reference: tender.reference,
      title: tender.title,
      description: tender.description,
      cpvCodes: tender.cpvCodes,
      regime: tender.regime,
      procedureType: tender.procedureType,
      land: tender.land,
      authorityKind: tender.authorityKind,
      contractKind: tender.contractKind,
      ...(options.bidIntake !== undefined && { bidIntake: options.bidIntake }),
    },
  });
  const tenderId = created.id;
  await step.objects.remember('tender', tender.key, tenderId);
  const today = berlinDayOf(step.now);
  const version = () => tenderVersion(step, tenderId);

  await updateTender({
    ctx: lead,
    input: {
      tenderId,
      ...(tender.estimatedValue !== undefined && {
        estimatedValue: tender.estimatedValue,
        estimatedOn: today.subtract({ days: tender.estimatedDaysAgo ?? 0 }).toString(),
      }),
      ...(tender.noLotsReasons !== undefined && { noLotsReasons: tender.noLotsReasons }),
      version: await version(),
    },
  });
  await updateTenderLot({
    ctx: lead,
    input: {
      tenderId,
      lotNumber: 1,
      title: tender.lot.title,
      description: tender.lot.description,
      version: await version(),
    },
  });
  await saveTenderLotScheme({
    ctx: lead,
    input: {
      tenderId,
      lotNumber: 1,
      version: await lotVersion(step, tenderId, 1),
      source: { kind: 'template', templateId: tender.lot.templateId },
    },
  });
  const { deadlines } = tender;
  const submissionDay = workingDayFrom(
    today.add({ days: deadlines.submissionInDays }),
    tender.land,
  );
  await updateTenderDeadlines({
    ctx: lead,
    input: {
      tenderId,
      submissionDeadline: `${submissionDay.toString()}T${deadlines.submissionTime}`,
      bidValidityDays: deadlines.bidValidityDays,
      periodReductions: deadlines.periodReductions,
      version: await version(),
    },
  });

  for (const member of tender.team) {
    await addTenderTeamMember({
      ctx: lead,
      input: {
        tenderId,
        userId: demoIdOf(step, 'user', member.user),
        capacity: member.capacity,
        ...(member.deputyFor !== undefined && {
          deputyFor: demoIdOf(step, 'user', member.deputyFor),
        }),
        version: await version(),
      },
    });
  }
  // Each person declares once, for every place they hold on the team.
  const declaring = new Set([
    ...(tender.leadDeclared ? [tender.lead] : []),
    ...tender.team.filter((member) => member.declared).map((member) => member.user),
  ]);
  for (const person of declaring) {
    await declareNoConflictOfInterest({
      ctx: await as(person),
      input: { tenderId, textVersion: conflictDeclaration.version },
    });
  }

  if (tender.publication === undefined) return tenderId;
  await options.beforePublication?.(tenderId);
  const requested = await requestTenderPublication({
    ctx: lead,
    input: { tenderId, version: await version() },
  });
  await approveTenderPublication({
    ctx: await as(tender.publication.approver),
    input: { tenderId, version: requested.version },
  });

  for (const vendorUser of tender.interests) {
    await registerTenderInterest({ ctx: await as(vendorUser), input: { tenderId } });
  }
  for (const question of tender.questions) {
    const asked = await askTenderQuestion({
      ctx: await as(question.askedBy),
      input: {
        tenderId,
        text: question.text,
        ...(question.lotNumber !== undefined && { lotNumber: question.lotNumber }),
      },
    });
    if (question.answer !== undefined) {
      await answerTenderQuestion({
        ctx: await as(question.answer.by),
        input: { tenderId, questionId: asked.id, answer: question.answer.text },
      });
    }
  }
  if (tender.correction !== undefined) {
    await correct(step, await as(tender.correction.by), {
      tenderId,
      land: tender.land,
      submissionTime: deadlines.submissionTime,
      correction: tender.correction,
    });
  }
  return tenderId;
}

/**
 * The correction as an officer makes it: the lot's published scheme with the weights changed,
 * and the submission deadline the given days after the current one (on a working day).
 */
async function correct(
  step: DemoStep,
  ctx: ServiceContext,
  input: {
    tenderId: string;
    land: TenderLand;
    submissionTime: string;
    correction: DemoTenderCorrection;
  },
): Promise<void> {
  const { tenderId, correction } = input;
  const published = await getTenderSchemeVersion({
    ctx,
    input: { tenderId, lotNumber: correction.lotNumber, number: 1 },
  });
  const scheme = reweighted(published.scheme, correction.weights);
  const row = await step.ctx.db
    .selectFrom('tender')
    .select(['submission_deadline', 'version'])
    .where('id', '=', tenderId)
    .executeTakeFirstOrThrow();
  const day = workingDayFrom(
    berlinDayOf(row.submission_deadline!).add({ days: correction.submissionLaterByDays }),
    input.land,
  );
  await correctTender({
    ctx,
    input: {
      tenderId,
      version: row.version,
      reason: correction.reason,
      lots: [{ lotNumber: correction.lotNumber, scheme }],
      submissionDeadline: `${day.toString()}T${input.submissionTime}`,
    },
  });
}

/** The scheme with the named criteria's weights replaced; the engine checks the sums. */
function reweighted(
  scheme: EvaluationScheme,
  weights: DemoTenderCorrection['weights'],
): EvaluationScheme {
  const changed = new Map(weights.map((entry) => [entry.criterion, entry.weightBp]));
  for (const id of changed.keys()) {
    if (!scheme.award.some((criterion) => criterion.id === id)) {
      throw new Error(`The demo correction names "${id}", which the scheme does not have`);
    }
  }
  return {
    ...scheme,
    award: scheme.award.map((criterion) =>
      changed.has(criterion.id)
        ? { ...criterion, weightBp: changed.get(criterion.id)! }
        : criterion,
    ),
  };
}

const berlin = 'Europe/Berlin';

function berlinDayOf(at: Date): Temporal.PlainDate {
  return Temporal.Instant.from(at.toISOString()).toZonedDateTimeISO(berlin).toPlainDate();
}

/** The day itself if it is a working day at the tender's seat, else the next one that is. */
function workingDayFrom(day: Temporal.PlainDate, land: TenderLand): Temporal.PlainDate {
  const place = placeOf({ land });
  let candidate = day;
  while (!dayStatus(candidate, place).working) candidate = candidate.add({ days: 1 });
  return candidate;
}

async function tenderVersion(step: DemoStep, tenderId: string): Promise<number> {
  const row = await step.ctx.db
    .selectFrom('tender')
    .select('version')
    .where('id', '=', tenderId)
    .executeTakeFirstOrThrow();
  return row.version;
}

async function lotVersion(step: DemoStep, tenderId: string, lotNumber: number): Promise<number> {
  const row = await step.ctx.db
    .selectFrom('tender_lot')
    .select('version')
    .where('tender_id', '=', tenderId)
    .where('number', '=', lotNumber)
    .executeTakeFirstOrThrow();
  return row.version;
}
