import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type ProblemReading } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import {
  addTeamMember,
  declareNoConflict,
  removeTeamMember,
} from '#lib/services/tender-workflow.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readTeam, readTeamCandidates } from '#lib/server/tender-workflow-reads.ts';
import { capacityOrder } from '#lib/tenders/flow-labels.ts';
import { openingOfficers, readAddMember } from '#lib/tenders/team.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const doneNotices = ['member-added', 'member-removed', 'declared'] as const;
type DoneNotice = (typeof doneNotices)[number];

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const [team, candidates] = await Promise.all([
    readTeam(api, tender.id, event.url),
    tender.actions.manageTeam ? readTeamCandidates(api, tender.id, event.url) : [],
  ]);
  const done = event.url.searchParams.get('done');
  return {
    team,
    candidates,
    done: (doneNotices as readonly (string | null)[]).includes(done) ? (done as DoneNotice) : null,
  };
};

function done(event: RequestEvent, notice: DoneNotice): never {
  const query = new URLSearchParams({ done: notice });
  redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/team`)}?${query}`);
}

function refused<Form extends string>(
  event: RequestEvent,
  form: Form,
  result: Refusal,
  reading: ProblemReading = {},
) {
  leaveIfSessionEnded(result, event.url);
  return fail(result.problem.status, {
    form,
    errors: formErrorsFromProblem(result.problem, reading),
    values: null as Record<string, string> | null,
  });
}

export const actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const api = apiFor(event);
    const tenderId = event.params.tenderId;
    const values = {
      userId: textField(data, 'userId'),
      capacity: textField(data, 'capacity'),
      deputyFor: textField(data, 'deputyFor'),
    };
    const [team, candidates] = await Promise.all([
      readTeam(api, tenderId, event.url),
      readTeamCandidates(api, tenderId, event.url),
    ]);
    const reading = readAddMember(values, candidates, openingOfficers(team.members));
    if (!reading.ok) return fail(400, { form: 'add' as const, errors: reading.errors, values });
    const result = await addTeamMember(api, {
      tenderId,
      version: Number(textField(data, 'version')) || team.version,
      ...reading.input,
    });
    if (result.ok) done(event, 'member-added');
    const answer = refused(event, 'add', result, {
      fields: {
        '/userId': { field: 'userId', message: 'tender_flow_team_place_refused' },
        '/capacity': { field: 'capacity', message: 'tender_flow_capacity_not_available' },
        '/deputyFor': { field: 'deputyFor', message: 'tender_flow_deputy_for_required' },
      },
      problems: { conflict: 'tender_flow_team_conflict' },
    });
    answer.data.values = values;
    return answer;
  },
  remove: async (event) => {
    const data = await event.request.formData();
    const capacity = capacityOrder.find((known) => known === textField(data, 'capacity'));
    const result = capacity
      ? await removeTeamMember(apiFor(event), {
          tenderId: event.params.tenderId,
          version: Number(textField(data, 'version')),
          userId: textField(data, 'userId'),
          capacity,
        })
      : null;
    if (result === null) return fail(400, { form: 'remove' as const, errors: null, values: null });
    if (result.ok) done(event, 'member-removed');
    return refused(event, 'remove', result, {
      problems: { conflict: 'tender_flow_team_conflict' },
    });
  },
  declare: async (event) => {
    const data = await event.request.formData();
    const result = await declareNoConflict(apiFor(event), {
      tenderId: event.params.tenderId,
      textVersion: textField(data, 'textVersion'),
    });
    if (result.ok) done(event, 'declared');
    return refused(event, 'declare', result, {
      problems: { conflict: 'tender_flow_declaration_text_changed' },
    });
  },
} satisfies Actions;
