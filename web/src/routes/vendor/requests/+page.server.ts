import { fail, redirect } from '@sveltejs/kit';
import { vendorRequestsArea } from '#lib/account/signed-in-user.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { readDocuments } from '#lib/evaluation-stages/forms.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import { refusal, send } from '#lib/services/result.ts';
import type { Actions, PageServerLoad } from './$types';

/** Rows of documents the answer form offers. */
const documentRows = 3;

// What the vendor was asked about its own bids; nothing of other vendors' bids exists here.
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorRequestsArea);
  const answer = await apiFor(event).GET('/api/v1/vendor/bid-exchanges');
  return {
    exchanges: answer.data?.exchanges ?? failedTenderRead(answer.response.status, event.url),
    done: event.url.searchParams.get('done') === 'answered',
  };
};

const answered = () => redirect(303, `${localizeHref('/vendor/requests')}?done=answered`);

const problems = {
  conflict: 'evaluation_stages_answer_refused',
  'not-found': 'evaluation_stages_answer_not_found',
} as const;

export const actions = {
  // The documents asked for, by name, type, size and SHA-256 (§ 56 VgV).
  documents: async (event) => {
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const bidId = textField(data, 'bidId');
    const note = textField(data, 'note').trim();
    const documents = readDocuments(data, documentRows);
    const values = { id, note };
    if (documents.length === 0) {
      const errors: FormErrors = {
        form: null,
        fields: { 'name-0': [{ key: 'evaluation_stages_documents_missing' }] },
      };
      return fail(400, { id, values, errors });
    }
    const answer = await send(() =>
      apiFor(event).POST('/api/v1/bids/{bidId}/document-requests/{requestId}/answer', {
        params: { path: { bidId, requestId: id } },
        body: { ...(note !== '' && { note }), documents },
      }),
    );
    if (answer.response.ok) answered();
    const result = refusal(answer);
    leaveIfSessionEnded(result, event.url);
    const fields: Record<string, string> = { '/note': 'note' };
    for (let row = 0; row < documents.length; row++) {
      for (const field of ['name', 'mediaType', 'bytes', 'sha256']) {
        fields[`/documents/${row}/${field}`] = `${field}-${row}`;
      }
    }
    return fail(result.problem.status, {
      id,
      values,
      errors: formErrorsFromProblem(result.problem, { fields, problems }),
    });
  },

  // An explanation, which cannot change the bid (§ 15 (5) VgV).
  clarification: async (event) => {
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const bidId = textField(data, 'bidId');
    const text = textField(data, 'answer').trim();
    const values = { id, answer: text };
    if (text === '') {
      const errors: FormErrors = {
        form: null,
        fields: { answer: [{ key: 'evaluation_stages_answer_missing' }] },
      };
      return fail(400, { id, values, errors });
    }
    const answer = await send(() =>
      apiFor(event).POST('/api/v1/bids/{bidId}/clarifications/{clarificationId}/answer', {
        params: { path: { bidId, clarificationId: id } },
        body: { answer: text },
      }),
    );
    if (answer.response.ok) answered();
    const result = refusal(answer);
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      id,
      values,
      errors: formErrorsFromProblem(result.problem, { fields: { '/answer': 'answer' }, problems }),
    });
  },
} satisfies Actions;
