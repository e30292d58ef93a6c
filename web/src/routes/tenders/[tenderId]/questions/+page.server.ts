import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { answerQuestion } from '#lib/services/tender-workflow.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readInterests, readQuestions } from '#lib/server/tender-workflow-reads.ts';
import type { Actions, PageServerLoad } from './$types';

// The bidders' questions with who asked (for the team only) and whether they came late, and the
// answers, which everybody reads without the asker's name.

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const [questions, interests] = await Promise.all([
    readQuestions(api, tender.id, event.url),
    readInterests(api, tender.id, event.url),
  ]);
  const answered = Number(event.url.searchParams.get('answered')) || null;
  return { questions, interests, answered };
};

export const actions = {
  answer: async (event) => {
    const data = await event.request.formData();
    const questionId = textField(data, 'questionId');
    const answer = textField(data, 'answer').trim();
    const number = textField(data, 'number');
    if (answer === '') {
      return fail(400, {
        questionId,
        answer,
        errors: { form: null, fields: { answer: [{ key: 'form_field_required' as const }] } },
      });
    }
    const result = await answerQuestion(apiFor(event), {
      tenderId: event.params.tenderId,
      questionId,
      answer,
    });
    if (result.ok) {
      const query = new URLSearchParams({ answered: number });
      redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/questions`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      questionId,
      answer,
      errors: formErrorsFromProblem(result.problem, {
        fields: { '/answer': 'answer' },
        problems: { conflict: 'tender_flow_answer_conflict' },
      }),
    });
  },
} satisfies Actions;
