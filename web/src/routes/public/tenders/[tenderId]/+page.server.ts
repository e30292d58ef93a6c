import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import {
  readOwnQuestions,
  readPublishedAnswers,
  readPublishedTender,
} from '#lib/public-tenders/public-tender-reads.ts';
import {
  askedNoticeOf,
  askedQuery,
  publicTenderPath,
  questionLotOf,
  readsOwnQuestions,
} from '#lib/public-tenders/public-tender-view.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, loginHref, returnPathOf } from '#lib/server/require-user.ts';
import {
  askQuestion,
  registerInterest,
  withdrawInterest,
} from '#lib/services/public-tender.service.ts';
import type { Actions, PageServerLoad } from './$types';

// Everything a published tender makes public, for anybody without an account (§ 41 (1) VgV);
// a signed-in vendor also registers interest, asks questions and reads its own.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const api = apiFor(event);
  const tenderId = event.params.tenderId;
  const [tender, answers, ownQuestions] = await Promise.all([
    readPublishedTender(api, tenderId),
    readPublishedAnswers(api, tenderId),
    readsOwnQuestions(user) ? readOwnQuestions(api, tenderId) : Promise.resolve(null),
  ]);
  const params = event.url.searchParams;
  return {
    tender,
    answers,
    ownQuestions,
    asked: askedNoticeOf(params),
    interestNotice: params.get('interest'),
    loginHref: loginHref(returnPathOf(event.url, { withQuery: false })),
  };
};

function backToTender(tenderId: string, query = ''): never {
  redirect(303, `${localizeHref(publicTenderPath(tenderId))}${query ? `?${query}` : ''}`);
}

export const actions = {
  registerInterest: async (event) => {
    const result = await registerInterest(apiFor(event), event.params.tenderId);
    if (result.ok) backToTender(event.params.tenderId, 'interest=registered');
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      interest: formErrorsFromProblem(result.problem, {
        problems: { forbidden: 'tender_public_interest_refused' },
      }),
    });
  },

  withdrawInterest: async (event) => {
    const result = await withdrawInterest(apiFor(event), event.params.tenderId);
    if (result.ok) backToTender(event.params.tenderId, 'interest=withdrawn');
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, { interest: formErrorsFromProblem(result.problem) });
  },

  ask: async (event) => {
    const data = await event.request.formData();
    const values = { text: textField(data, 'text').trim(), lot: textField(data, 'lot') };
    if (values.text === '') {
      const question: FormErrors = {
        form: null,
        fields: { text: [{ key: 'form_field_required' }] },
      };
      return fail(400, { values, question });
    }
    const lot = questionLotOf(values.lot);
    if (lot === 'invalid') {
      return fail(400, { values, question: formError('tender_public_question_lot_invalid') });
    }
    const result = await askQuestion(apiFor(event), {
      tenderId: event.params.tenderId,
      text: values.text,
      lotNumber: lot.lotNumber,
    });
    if (result.ok) {
      backToTender(
        event.params.tenderId,
        askedQuery({ number: result.question.number, late: result.question.late }),
      );
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      values,
      question: formErrorsFromProblem(result.problem, {
        fields: {
          '/text': 'text',
          '/lotNumber': { field: 'lot', message: 'tender_public_question_lot_invalid' },
        },
        problems: {
          forbidden: 'tender_public_question_refused',
          conflict: 'tender_public_question_refused',
        },
      }),
    });
  },
} satisfies Actions;
