import type { RecordStageDecisionInput } from '@tenderwise/schema';
import type { FixedClock } from '../../../src/clock.ts';
import type { DecidedStage } from '../../../src/db/tables/evaluation.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { recordStageDecision } from '../../../src/services/evaluation-stages/record-stage-decision.ts';
import type { TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import type { EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';

/** A caller's context on the test database and clock. */
export const contextOf =
  (database: () => TestDatabase, clock: FixedClock) =>
  (user: User): ServiceContext =>
    serviceContextFor(database().db, clock, userPrincipal(user));

/** A formal check that every criterion of the fixture's scheme is met, register queried. */
export const formalPass: RecordStageDecisionInput = {
  outcome: 'passed',
  reasons: 'Complete and on time; no exclusion ground; the register has no entry.',
  checks: { 'eg-123': { met: true }, 'mr-hosting': { met: true } },
  registerQueriedOn: '2026-03-03',
};

/** Records a decision by the tender's lead. */
export function decideAs(
  ctx: ServiceContext,
  tender: EvaluationTender,
  bidIndex: number,
  stage: DecidedStage,
  decision: RecordStageDecisionInput,
) {
  return recordStageDecision({
    ctx,
    input: { tenderId: tender.tenderId, bidId: tender.bids[bidIndex]!.id, stage, decision },
  });
}
