import { createRouter } from '../../http/route.ts';
import { registerAnswerTenderQuestion } from './answer-question.ts';
import { registerListTenderInterests } from './list-interests.ts';
import { registerListTenderQuestions } from './list-questions.ts';

/** Bidders' questions and interested vendors as the tender's team sees them; mounted at `/v1/tenders`. */
export function tenderQuestionsRouter() {
  const router = createRouter();
  registerListTenderQuestions(router);
  registerAnswerTenderQuestion(router);
  registerListTenderInterests(router);
  return router;
}
