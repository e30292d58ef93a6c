import { fail, redirect } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import { readTeam } from '#lib/server/tender-workflow-reads.ts';
import { refusal, send, type ServiceResult } from '#lib/services/result.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import {
  readSheet,
  sheetCells,
  sheetPointers,
  sheetValues,
  type SheetScore,
} from './sheet-fields.ts';

type Scoring = components['schemas']['TenderScoringResponse'];

const notices = ['saved', 'submitted', 'consensus'] as const;
type Notice = (typeof notices)[number];

const inLot = (tenderId: string, lotNumber: number) => ({
  params: { path: { tenderId, lotNumber: String(lotNumber) } },
});

/** The lot asked for by `?lot=`, if the tender has it; else its first. */
function lotOf(url: URL, lots: readonly { number: number }[]): number {
  const asked = Number(url.searchParams.get('lot'));
  return lots.some((lot) => lot.number === asked) ? asked : (lots[0]?.number ?? 1);
}

/** The lot's scoring as the caller may see it; null before the opening (the API's 409). */
async function readScoring(
  api: ApiClient,
  tenderId: string,
  lotNumber: number,
  url: URL,
): Promise<Scoring | null> {
  const answer = await api.GET(
    '/api/v1/tenders/{tenderId}/lots/{lotNumber}/scoring',
    inLot(tenderId, lotNumber),
  );
  if (answer.data) return answer.data;
  if (answer.response.status === 409) return null;
  return failedTenderRead(answer.response.status, url);
}

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const lotNumber = lotOf(event.url, tender.lots);
  const [scoring, team] = await Promise.all([
    readScoring(api, tender.id, lotNumber, event.url),
    readTeam(api, tender.id, event.url),
  ]);
  const done = event.url.searchParams.get('done');
  return {
    lotNumber,
    scoring,
    names: Object.fromEntries(team.members.map((member) => [member.userId, member.displayName])),
    values: sheetValues(scoring?.mine?.scores ?? []),
    confirmSubmit: event.url.searchParams.get('confirm') === 'submit',
    done: (notices as readonly (string | null)[]).includes(done) ? (done as Notice) : null,
  };
};

function back(event: RequestEvent, lotNumber: number, notice: Notice): never {
  const query = new URLSearchParams({ lot: String(lotNumber), done: notice });
  redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/scoring`)}?${query}`);
}

async function formValues(event: RequestEvent): Promise<Record<string, string>> {
  const data = await event.request.formData();
  return Object.fromEntries([...data.keys()].map((name) => [name, textField(data, name)] as const));
}

/** A refusal in the page's language; the API's English details never reach the page. */
function refused(
  result: Extract<ServiceResult, { ok: false }>,
  fields: Record<string, string> = {},
): FormErrors {
  return formErrorsFromProblem(result.problem, {
    fields,
    problems: { conflict: 'scoring_conflict', 'not-found': 'scoring_gone' },
  });
}

export const actions = {
  save: async (event) => {
    const { tenderId } = event.params;
    const api = apiFor(event);
    const values = await formValues(event);
    const lotNumber = Number(values.lotNumber);
    const scoring = await readScoring(api, tenderId, lotNumber, event.url);
    const reading = readSheet(values, sheetCells(scoring?.bids ?? [], scoring?.criteria ?? []));
    if (!reading.ok) {
      const fields = Object.fromEntries(
        Object.entries(reading.errors).map(([field, keys]) => [
          field,
          keys.map((key) => ({ key })),
        ]),
      );
      return fail(400, {
        values,
        errors: { form: { key: 'scoring_check_fields' as const }, fields },
      });
    }
    const result = await saveSheet(api, tenderId, lotNumber, reading.scores);
    if (result.ok) back(event, lotNumber, 'saved');
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      values,
      errors: refused(result, sheetPointers(reading.scores)),
    });
  },

  submit: async (event) => {
    const { tenderId } = event.params;
    const values = await formValues(event);
    const lotNumber = Number(values.lotNumber);
    const answer = await send(() =>
      apiFor(event).POST(
        '/api/v1/tenders/{tenderId}/lots/{lotNumber}/scoring/mine/submission',
        inLot(tenderId, lotNumber),
      ),
    );
    if (answer.response.ok) back(event, lotNumber, 'submitted');
    const result = refusal(answer);
    leaveIfSessionEnded(result, event.url);
    const incomplete = result.problem.status === 422;
    return fail(result.problem.status, {
      submitError: incomplete
        ? { key: 'scoring_submit_incomplete' as const }
        : refused(result).form,
    });
  },

  consensus: async (event) => {
    const { tenderId } = event.params;
    const values = await formValues(event);
    const lotNumber = Number(values.lotNumber);
    const cell = { bidId: values.bidId ?? '', criterionId: values.criterionId ?? '' };
    const justification = (values.justification ?? '').trim();
    const resolution = (values.resolution ?? '').trim();
    const fields: FormErrors['fields'] = {};
    if ((values.score ?? '') === '') fields.score = [{ key: 'scoring_level_required' }];
    if (justification === '') fields.justification = [{ key: 'scoring_justification_required' }];
    if (Object.keys(fields).length > 0) {
      return fail(400, { consensusFor: cell, values, errors: { form: null, fields } });
    }
    const answer = await send(() =>
      apiFor(event).PUT(
        '/api/v1/tenders/{tenderId}/lots/{lotNumber}/consensus/{bidId}/{criterionId}',
        {
          params: { path: { tenderId, lotNumber: String(lotNumber), ...cell } },
          body: {
            score: Number(values.score),
            justification,
            ...(resolution !== '' && { resolution }),
          },
        },
      ),
    );
    if (answer.response.ok) back(event, lotNumber, 'consensus');
    const result = refusal(answer);
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: {
        '/score': 'score',
        '/justification': 'justification',
        '/resolution': { field: 'resolution', message: 'scoring_resolution_required' },
      },
      problems: {
        conflict: 'scoring_conflict',
        'not-found': 'scoring_gone',
        forbidden: 'scoring_consensus_lead_only',
      },
    });
    return fail(result.problem.status, { consensusFor: cell, values, errors });
  },
} satisfies Actions;

async function saveSheet(
  api: ApiClient,
  tenderId: string,
  lotNumber: number,
  scores: SheetScore[],
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.PUT('/api/v1/tenders/{tenderId}/lots/{lotNumber}/scoring/mine', {
      ...inLot(tenderId, lotNumber),
      body: { scores },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
