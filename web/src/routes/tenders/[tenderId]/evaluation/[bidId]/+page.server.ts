import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, formError, type FormErrors } from '#lib/forms/form-errors.ts';
import {
  documentActions,
  documentKinds,
  oneOf,
  readDocuments,
  readStageDecision,
  requestStages,
} from '#lib/evaluation-stages/forms.ts';
import { stageNames } from '#lib/evaluation-stages/labels.ts';
import { berlinLocalToIso } from '#lib/tenders/berlin-time.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import { refusal, send, type Refusal } from '#lib/services/result.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/bids/{bidId}/evaluation', {
    params: { path: { tenderId: tender.id, bidId: event.params.bidId } },
  });
  return {
    bid: answer.data ?? failedTenderRead(answer.response.status, event.url),
    done: event.url.searchParams.get('done'),
  };
};

type FormName =
  | 'decide'
  | 'request'
  | 'decideRequest'
  | 'ask'
  | 'decideClarification'
  | 'receivedDocuments'
  | 'receivedClarification';

const params = (event: RequestEvent) => ({
  tenderId: event.params.tenderId,
  bidId: event.params.bidId,
});

function done(event: RequestEvent, form: FormName): never {
  const path = `/tenders/${event.params.tenderId}/evaluation/${event.params.bidId}`;
  redirect(303, `${localizeHref(path)}?done=${form}`);
}

/** A refusal shown at its form, in the reader's language. */
function refused(
  event: RequestEvent,
  form: FormName,
  result: Refusal,
  values: Record<string, unknown>,
  reading: Parameters<typeof formErrorsFromProblem>[1],
) {
  leaveIfSessionEnded(result, event.url);
  return fail(result.problem.status, {
    form,
    values,
    errors: formErrorsFromProblem(result.problem, reading),
  });
}

const invalid = (form: FormName, values: Record<string, unknown>, errors: FormErrors) =>
  fail(400, { form, values, errors });

export const actions = {
  // A stage decision: the criteria of the chosen stage with their checks.
  decide: async (event) => {
    const data = await event.request.formData();
    const values = Object.fromEntries(
      [...data.entries()].filter(([key]) => key !== 'criterion').map(([k, v]) => [k, String(v)]),
    );
    const read = readStageDecision(data);
    if (read === null || read.body.reasons === '') {
      return invalid('decide', values, {
        form: null,
        fields: { reasons: [{ key: 'evaluation_stages_reasons_missing' }] },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST('/api/v1/tenders/{tenderId}/bids/{bidId}/stages/{stage}', {
        params: { path: { ...params(event), stage: read.stage } },
        body: read.body,
      }),
    );
    if (answer.response.ok) done(event, 'decide');
    const fields: Record<string, string> = {
      '/basis': 'basis',
      '/reasons': 'reasons',
      '/outcome': 'outcome',
      '/registerQueriedOn': 'registerQueriedOn',
    };
    for (const id of Object.keys(read.body.checks ?? {})) {
      fields[`/checks/${id}`] = `met-${id}`;
      fields[`/checks/${id}/evidence`] = `evidence-${id}`;
      fields[`/checks/${id}/evidenceDate`] = `evidenceDate-${id}`;
    }
    for (const entry of data.getAll('criterion')) {
      const id = String(entry).split(':')[1] ?? '';
      fields[`/checks/${id}`] ??= `met-${id}`;
    }
    return refused(event, 'decide', refusal(answer), values, {
      fields,
      problems: { conflict: 'evaluation_stages_decision_refused' },
    });
  },

  // A request for a missing document (§ 56 VgV).
  request: async (event) => {
    const data = await event.request.formData();
    const values = {
      stage: textField(data, 'stage'),
      document: textField(data, 'document').trim(),
      kind: textField(data, 'kind'),
      action: textField(data, 'action'),
      criterionId: textField(data, 'criterionId').trim(),
      insignificantPriceItem: textField(data, 'insignificantPriceItem') === 'true',
      deadline: textField(data, 'deadline'),
    };
    const stage = oneOf(requestStages, values.stage);
    const kind = oneOf(documentKinds, values.kind);
    const action = oneOf(documentActions, values.action);
    if (values.document === '' || !stage || !kind || !action) {
      return invalid('request', values, {
        form: null,
        fields: { document: [{ key: 'evaluation_stages_document_missing' }] },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST('/api/v1/tenders/{tenderId}/bids/{bidId}/document-requests', {
        params: { path: params(event) },
        body: {
          stage,
          document: values.document,
          kind,
          action,
          ...(values.criterionId !== '' && { criterionId: values.criterionId }),
          ...(values.insignificantPriceItem && { insignificantPriceItem: true }),
          deadline: values.deadline,
        },
      }),
    );
    if (answer.response.ok) done(event, 'request');
    return refused(event, 'request', refusal(answer), values, {
      fields: {
        '/document': 'document',
        '/deadline': { field: 'deadline', message: 'evaluation_stages_deadline_invalid' },
        '/criterionId': { field: 'criterionId', message: 'evaluation_stages_request_criterion' },
        '/kind': { field: 'kind', message: 'evaluation_stages_request_price' },
        '/action': { field: 'action', message: 'evaluation_stages_request_correct' },
      },
      problems: { conflict: 'evaluation_stages_request_refused' },
    });
  },

  decideRequest: async (event) => {
    const data = await event.request.formData();
    const values = {
      requestId: textField(data, 'requestId'),
      decision: textField(data, 'decision'),
      reasons: textField(data, 'reasons').trim(),
    };
    const decision = oneOf(['accepted', 'rejected'] as const, values.decision);
    if (values.reasons === '' || !decision) {
      return invalid('decideRequest', values, {
        form: null,
        fields: { reasons: [{ key: 'evaluation_stages_reasons_missing' }] },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST(
        '/api/v1/tenders/{tenderId}/bids/{bidId}/document-requests/{requestId}/decision',
        {
          params: { path: { ...params(event), requestId: values.requestId } },
          body: { decision, reasons: values.reasons },
        },
      ),
    );
    if (answer.response.ok) done(event, 'decideRequest');
    return refused(event, 'decideRequest', refusal(answer), values, {
      fields: { '/reasons': 'reasons' },
      problems: { conflict: 'evaluation_stages_decide_refused' },
    });
  },

  // What the bidder of an imported bid sent through the platform, with the platform's receipt.
  receivedDocuments: async (event) => {
    const data = await event.request.formData();
    const values = {
      requestId: textField(data, 'requestId'),
      receivedAt: textField(data, 'receivedAt'),
      note: textField(data, 'note').trim(),
    };
    const receivedAt = berlinLocalToIso(values.receivedAt);
    const documents = readDocuments(data, 1);
    if (receivedAt === null || documents.length === 0) {
      return invalid('receivedDocuments', values, {
        form: null,
        fields: {
          ...(receivedAt === null && {
            receivedAt: [{ key: 'evaluation_stages_received_at_missing' }],
          }),
          ...(documents.length === 0 && {
            'name-0': [{ key: 'evaluation_stages_documents_missing' }],
          }),
        },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST(
        '/api/v1/tenders/{tenderId}/bids/{bidId}/document-requests/{requestId}/received-answer',
        {
          params: { path: { ...params(event), requestId: values.requestId } },
          body: { receivedAt, documents, ...(values.note !== '' && { note: values.note }) },
        },
      ),
    );
    if (answer.response.ok) done(event, 'receivedDocuments');
    return refused(event, 'receivedDocuments', refusal(answer), values, {
      fields: {
        '/receivedAt': 'receivedAt',
        '/note': 'note',
        '/documents/0/name': 'name-0',
        '/documents/0/mediaType': 'mediaType-0',
        '/documents/0/bytes': 'bytes-0',
        '/documents/0/sha256': 'sha256-0',
      },
      problems: { conflict: 'evaluation_stages_received_refused' },
    });
  },

  receivedClarification: async (event) => {
    const data = await event.request.formData();
    const values = {
      clarificationId: textField(data, 'clarificationId'),
      receivedAt: textField(data, 'receivedAt'),
      answer: textField(data, 'answer').trim(),
    };
    const receivedAt = berlinLocalToIso(values.receivedAt);
    if (receivedAt === null || values.answer === '') {
      return invalid('receivedClarification', values, {
        form: null,
        fields: {
          ...(receivedAt === null && {
            receivedAt: [{ key: 'evaluation_stages_received_at_missing' }],
          }),
          ...(values.answer === '' && {
            answer: [{ key: 'evaluation_stages_received_answer_missing' }],
          }),
        },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST(
        '/api/v1/tenders/{tenderId}/bids/{bidId}/clarifications/{clarificationId}/received-answer',
        {
          params: { path: { ...params(event), clarificationId: values.clarificationId } },
          body: { receivedAt, answer: values.answer },
        },
      ),
    );
    if (answer.response.ok) done(event, 'receivedClarification');
    return refused(event, 'receivedClarification', refusal(answer), values, {
      fields: { '/receivedAt': 'receivedAt', '/answer': 'answer' },
      problems: { conflict: 'evaluation_stages_received_refused' },
    });
  },

  // A clarification never changes the bid (§ 15 (5) VgV).
  ask: async (event) => {
    const data = await event.request.formData();
    const values = {
      stage: textField(data, 'stage'),
      question: textField(data, 'question').trim(),
      deadline: textField(data, 'deadline'),
    };
    const stage = oneOf(stageNames, values.stage);
    if (values.question === '' || !stage) {
      return invalid('ask', values, {
        form: null,
        fields: { question: [{ key: 'evaluation_stages_question_missing' }] },
      });
    }
    const answer = await send(() =>
      apiFor(event).POST('/api/v1/tenders/{tenderId}/bids/{bidId}/clarifications', {
        params: { path: params(event) },
        body: { stage, question: values.question, deadline: values.deadline },
      }),
    );
    if (answer.response.ok) done(event, 'ask');
    return refused(event, 'ask', refusal(answer), values, {
      fields: {
        '/question': 'question',
        '/deadline': { field: 'deadline', message: 'evaluation_stages_deadline_invalid' },
      },
      problems: { conflict: 'evaluation_stages_ask_refused' },
    });
  },

  decideClarification: async (event) => {
    const data = await event.request.formData();
    const values = {
      clarificationId: textField(data, 'clarificationId'),
      decision: textField(data, 'decision').trim(),
    };
    if (values.decision === '') {
      return invalid(
        'decideClarification',
        values,
        formError('evaluation_stages_assessment_missing'),
      );
    }
    const answer = await send(() =>
      apiFor(event).POST(
        '/api/v1/tenders/{tenderId}/bids/{bidId}/clarifications/{clarificationId}/decision',
        {
          params: { path: { ...params(event), clarificationId: values.clarificationId } },
          body: { decision: values.decision },
        },
      ),
    );
    if (answer.response.ok) done(event, 'decideClarification');
    return refused(event, 'decideClarification', refusal(answer), values, {
      fields: { '/decision': 'decision' },
      problems: { conflict: 'evaluation_stages_decide_refused' },
    });
  },
} satisfies Actions;
