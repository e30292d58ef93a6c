import type { DemoEvaluatedTender, DemoEvaluationStep, DemoObjectCount } from '@tenderwise/schema';
import type { Temporal } from 'temporal-polyfill';
import { fixedClock } from '../../../clock.ts';
import { berlinDayOf } from '../../../domain/deadlines/time.ts';
import { computeOfficialResult } from '../../evaluation-results/compute-official-result.ts';
import { decideAward } from '../../evaluation-results/decide-award.ts';
import {
  recordReceivedClarification,
  recordReceivedDocuments,
} from '../../evaluation-received-answers/record-received-answer.ts';
import { recordTenderConsensus } from '../../evaluation-scoring/record-tender-consensus.ts';
import { saveTenderScoreSheet } from '../../evaluation-scoring/save-tender-score-sheet.ts';
import { submitTenderScoreSheet } from '../../evaluation-scoring/submit-tender-score-sheet.ts';
import { askClarification, decideClarification } from '../../evaluation-stages/clarifications.ts';
import {
  decideDocumentRequest,
  requestMissingDocument,
} from '../../evaluation-stages/document-requests.ts';
import { recordStageDecision } from '../../evaluation-stages/record-stage-decision.ts';
import { actingAs } from '../acting-as.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';
import { importDemoBids } from './bids.ts';
import { createDemoTender } from './tenders.ts';

const dayMs = 24 * 3_600_000;

/**
 * The demo's evaluated tender: prepared and published in the past, its bids imported after the
 * platform's opening, and then the whole evaluation played out by the verbs the pages use, each
 * step on its day after the opening: the formal check with an exclusion, a request for a missing
 * document answered on the platform, a price clarification, suitability, the panel's blind
 * scores with a divergence the lead resolves, the consensus, the official result and the award
 * decision. The audit entries carry the times of that story.
 */
export const evaluationPart: DemoPart<'evaluation'> = {
  name: 'evaluation',
  async load(step, data) {
    const tenders = { kind: 'evaluated_tender', created: 0, present: 0 };
    for (const evaluated of data.evaluatedTenders) {
      if (step.objects.idOf('tender', evaluated.tender.key) !== undefined) {
        tenders.present++;
        continue;
      }
      await createEvaluatedTender(step, evaluated);
      tenders.created++;
    }
    return [tenders] satisfies DemoObjectCount[];
  },
};

async function createEvaluatedTender(step: DemoStep, evaluated: DemoEvaluatedTender) {
  const preparedAt = new Date(step.now.getTime() - evaluated.preparedDaysAgo * dayMs);
  const clock = fixedClock(preparedAt);
  const past: DemoStep = { ...step, ctx: { ...step.ctx, clock }, now: preparedAt };
  const tenderId = await createDemoTender(past, evaluated.tender, { bidIntake: 'platform' });
  const { openedAt, bidIds } = await importDemoBids(past, clock, tenderId, evaluated);
  const bids = new Map(evaluated.bids.map((bid, index) => [bid.key, bidIds[index]!]));
  const exchanges = new Map<string, { bidId: string; id: string }>();
  const as = actingAs(past);
  for (const [index, item] of evaluated.steps.entries()) {
    // Each step at its day after the opening, a few minutes after the one before it.
    const at = new Date(openedAt.getTime() + item.day * dayMs + 3_600_000 + index * 600_000);
    clock.set(at);
    await play(item, {
      tenderId,
      ctx: await as(item.by),
      at,
      today: berlinDayOf(at.toISOString()),
      bidOf: (key) => bids.get(key)!,
      exchanges,
    });
  }
}

interface Scene {
  tenderId: string;
  ctx: Awaited<ReturnType<ReturnType<typeof actingAs>>>;
  /** The step's moment on the story's clock, and its day in Berlin. */
  at: Date;
  today: Temporal.PlainDate;
  bidOf: (key: string) => string;
  exchanges: Map<string, { bidId: string; id: string }>;
}

/** One step of the story, by the verb the page would call. */
async function play(item: DemoEvaluationStep, scene: Scene): Promise<void> {
  const { tenderId, ctx, today, bidOf, exchanges } = scene;
  const deadline = (days: number) => today.add({ days }).toString();
  switch (item.kind) {
    case 'stage':
      await recordStageDecision({
        ctx,
        input: {
          tenderId,
          bidId: bidOf(item.bid),
          stage: item.stage,
          decision: {
            outcome: item.outcome,
            reasons: item.reasons,
            ...(item.basis !== undefined && { basis: item.basis as never }),
            ...(item.checks !== undefined && { checks: item.checks }),
            ...(item.registerQueried && { registerQueriedOn: today.toString() }),
          },
        },
      });
      return;
    case 'documentRequest': {
      const bidId = bidOf(item.bid);
      const request = await requestMissingDocument({
        ctx,
        input: {
          tenderId,
          bidId,
          request: {
            stage: item.stage,
            document: item.document,
            kind: item.documentKind,
            action: item.action,
            ...(item.criterionId !== undefined && { criterionId: item.criterionId }),
            deadline: deadline(item.deadlineInDays),
          },
        },
      });
      exchanges.set(item.key, { bidId, id: request.id });
      return;
    }
    case 'documentsReceived': {
      const { bidId, id } = exchanges.get(item.request)!;
      await recordReceivedDocuments({
        ctx,
        input: {
          tenderId,
          bidId,
          requestId: id,
          receivedAt: scene.at.toISOString(),
          documents: item.documents,
          ...(item.note !== undefined && { note: item.note }),
        },
      });
      return;
    }
    case 'documentRequestDecision': {
      const { bidId, id } = exchanges.get(item.request)!;
      await decideDocumentRequest({
        ctx,
        input: {
          tenderId,
          bidId,
          requestId: id,
          decision: { decision: item.decision, reasons: item.reasons },
        },
      });
      return;
    }
    case 'clarification': {
      const bidId = bidOf(item.bid);
      const clarification = await askClarification({
        ctx,
        input: {
          tenderId,
          bidId,
          clarification: {
            stage: item.stage,
            question: item.question,
            deadline: deadline(item.deadlineInDays),
          },
        },
      });
      exchanges.set(item.key, { bidId, id: clarification.id });
      return;
    }
    case 'clarificationReceived': {
      const { bidId, id } = exchanges.get(item.clarification)!;
      await recordReceivedClarification({
        ctx,
        input: {
          tenderId,
          bidId,
          clarificationId: id,
          receivedAt: scene.at.toISOString(),
          answer: item.answer,
        },
      });
      return;
    }
    case 'clarificationDecision': {
      const { bidId, id } = exchanges.get(item.clarification)!;
      await decideClarification({
        ctx,
        input: { tenderId, bidId, clarificationId: id, decision: { decision: item.decision } },
      });
      return;
    }
    case 'scores':
      await saveTenderScoreSheet({
        ctx,
        input: {
          tenderId,
          lotNumber: item.lotNumber,
          scores: item.scores.map((score) => ({
            bidId: bidOf(score.bid),
            criterionId: score.criterionId,
            score: score.score,
            justification: score.justification,
          })),
        },
      });
      await submitTenderScoreSheet({ ctx, input: { tenderId, lotNumber: item.lotNumber } });
      return;
    case 'consensus':
      await recordTenderConsensus({
        ctx,
        input: {
          tenderId,
          lotNumber: item.lotNumber,
          bidId: bidOf(item.bid),
          criterionId: item.criterionId,
          score: item.score,
          justification: item.justification,
          ...(item.resolution !== undefined && { resolution: item.resolution }),
        },
      });
      return;
    case 'result':
      await computeOfficialResult({ ctx, input: { tenderId, lotNumber: item.lotNumber } });
      return;
    case 'awardDecision':
      await decideAward({
        ctx,
        input: { tenderId, suitabilityReconfirmedOn: today.toString(), reasons: item.reasons },
      });
      return;
  }
}
