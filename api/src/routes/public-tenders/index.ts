import { createRouter } from '../../http/route.ts';
import { registerAskTenderQuestion } from './ask-question.ts';
import { registerGetPublishedTender } from './get.ts';
import { registerGetPublishedTenderSchemeVersion } from './get-scheme-version.ts';
import { registerListPublishedTenders } from './list.ts';
import { registerListPublishedTenderAnswers } from './list-answers.ts';
import { registerListOwnTenderQuestions } from './list-own-questions.ts';
import { registerRegisterTenderInterest } from './register-interest.ts';
import { registerWithdrawTenderInterest } from './withdraw-interest.ts';

/** Published tenders, free and open (§ 41 (1) VgV), with vendors' interest and questions; mounted at `/v1/public/tenders`. */
export function publicTendersRouter() {
  const router = createRouter();
  registerListPublishedTenders(router);
  registerGetPublishedTender(router);
  registerGetPublishedTenderSchemeVersion(router);
  registerListPublishedTenderAnswers(router);
  registerRegisterTenderInterest(router);
  registerWithdrawTenderInterest(router);
  registerAskTenderQuestion(router);
  registerListOwnTenderQuestions(router);
  return router;
}
