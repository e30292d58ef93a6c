import type { AssistantMessage, ResultQuestion } from '@tenderwise/schema';
import type { ServiceContext } from '../../context.ts';
import { readableReview } from '../../options-reviews/review-steps.ts';
import { answerExposure } from './exposure.ts';
import { answerOvertake } from './overtake.ts';
import { readResults } from './read-results.ts';
import { answerRobustness } from './robustness.ts';
import { answerWhatIf } from './what-if.ts';
import { answerUnranked } from './unranked.ts';
import { answerWhyFirst } from './why-first.ts';

/**
 * Answers a question about an options review's results with the engine's figures, read as the
 * caller may read the results (`getOptionsReviewResults`: a stranger gets a 404, the scoring's
 * blindness holds). A question the results cannot answer yet (hidden, incomplete, an unknown
 * option, too few options) gets a message saying why; only access refusals are errors.
 */
export async function answerResultQuestion(
  ctx: ServiceContext,
  { reviewId, question }: { reviewId: string; question: ResultQuestion },
): Promise<AssistantMessage> {
  const access = await readableReview(ctx, 'getOptionsReviewResults', reviewId);
  // Legal exposure comes from the options' self-assessments, not from the scores.
  if (question.kind === 'exposure') return answerExposure(ctx, reviewId, question.law);
  const caller = ctx.principal;
  // The policy rows admit only signed-in members; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users read results');
  const read = await readResults(ctx, access, caller.userId);
  if (read.status === 'unavailable') return read.message;
  const { ready } = read;
  switch (question.kind) {
    case 'whyFirst':
      return answerWhyFirst(ready, question.optionId);
    case 'whatIf':
      return answerWhatIf(ready, question.criterionId, question.percent);
    case 'robustness':
      return answerRobustness(ready);
    case 'overtake':
      return answerOvertake(ready, question.optionId, question.otherOptionId);
    case 'whyExcluded':
      return answerUnranked(ready, question.optionId);
  }
}
