import type { TenderScoreEntry } from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { fixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import { getTenderScoring } from '../../../src/services/evaluation-scoring/get-tender-scoring.ts';
import { recordTenderConsensus } from '../../../src/services/evaluation-scoring/record-tender-consensus.ts';
import { saveTenderScoreSheet } from '../../../src/services/evaluation-scoring/save-tender-score-sheet.ts';
import { submitTenderScoreSheet } from '../../../src/services/evaluation-scoring/submit-tender-score-sheet.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import type { EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';

/** The verbs of the scoring as one user calls them on lot 1 of the tender, a day after opening. */
export function scoringAs(db: Kysely<DB>, tender: EvaluationTender, user: User) {
  const ctx = serviceContextFor(db, fixedClock('2026-03-03T09:00:00Z'), userPrincipal(user));
  const lot = { tenderId: tender.tenderId, lotNumber: 1 };
  return {
    read: () => getTenderScoring({ ctx, input: lot }),
    save: (scores: TenderScoreEntry[]) => saveTenderScoreSheet({ ctx, input: { ...lot, scores } }),
    submit: () => submitTenderScoreSheet({ ctx, input: lot }),
    consensus: (
      bidId: string,
      criterionId: string,
      body: { score: number; justification: string; resolution?: string },
    ) => recordTenderConsensus({ ctx, input: { ...lot, bidId, criterionId, ...body } }),
  };
}

/** A score of every given bid on both ordinal criteria of the evaluation scheme. */
export function fullSheet(
  bidIds: readonly string[],
  score: number | ((bidId: string, criterionId: string) => number),
): TenderScoreEntry[] {
  return bidIds.flatMap((bidId) =>
    ['concept', 'support'].map((criterionId) => ({
      bidId,
      criterionId,
      score: typeof score === 'number' ? score : score(bidId, criterionId),
      justification: `Level reached as the anchor describes, for ${criterionId}.`,
    })),
  );
}
