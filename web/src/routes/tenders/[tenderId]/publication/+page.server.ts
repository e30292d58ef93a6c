import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import {
  approvePublication,
  cancelTender,
  requestPublication,
  withdrawPublicationRequest,
} from '#lib/services/tender-workflow.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readSchemeVersions, readTeam } from '#lib/server/tender-workflow-reads.ts';
import { cancellationGrounds } from '#lib/tenders/flow-labels.ts';
import { publicationDoneNotices, type PublicationDone } from '#lib/tenders/publication.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const published = tender.publication.publishedAt !== null;
  const [team, versions] = await Promise.all([
    readTeam(api, tender.id, event.url),
    published ? readSchemeVersions(api, tender.id, event.url) : [],
  ]);
  const query = event.url.searchParams;
  const done = query.get('done');
  const confirm = query.get('confirm');
  return {
    names: Object.fromEntries(team.members.map((member) => [member.userId, member.displayName])),
    versions,
    done: (publicationDoneNotices as readonly (string | null)[]).includes(done)
      ? (done as PublicationDone)
      : null,
    confirm:
      confirm === 'approve' && tender.actions.approvePublication
        ? ('approve' as const)
        : confirm === 'cancel' && tender.actions.cancel
          ? ('cancel' as const)
          : null,
  };
};

function done(event: RequestEvent, notice: PublicationDone): never {
  const query = new URLSearchParams({ done: notice });
  redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/publication`)}?${query}`);
}

/** What the API refused, for the form it belongs to; a 422 lists what the tender lacks. */
function refused(
  event: RequestEvent,
  form: 'request' | 'withdraw' | 'approve' | 'cancel',
  result: Refusal,
) {
  leaveIfSessionEnded(result, event.url);
  const errors: FormErrors = formErrorsFromProblem(result.problem, {
    problems: {
      conflict: 'tender_flow_publication_conflict',
      'validation-failed': 'tender_flow_publication_not_ready',
      forbidden: 'tender_flow_publication_four_eyes',
    },
  });
  return fail(result.problem.status, {
    form,
    errors,
    missing: result.problem.errors.map((item) => item.pointer),
    values: null as { ground: string; reasons: string } | null,
  });
}

export const actions = {
  request: async (event) => {
    const data = await event.request.formData();
    const result = await requestPublication(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')),
    });
    if (result.ok) done(event, 'requested');
    return refused(event, 'request', result);
  },
  withdraw: async (event) => {
    const data = await event.request.formData();
    const result = await withdrawPublicationRequest(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')),
    });
    if (result.ok) done(event, 'withdrawn');
    return refused(event, 'withdraw', result);
  },
  approve: async (event) => {
    const data = await event.request.formData();
    const result = await approvePublication(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')),
    });
    if (result.ok) done(event, 'published');
    return refused(event, 'approve', result);
  },
  /** Cancels the tender on a ground of § 63 (1) VgV with the reasons the bidders are told. */
  cancel: async (event) => {
    const data = await event.request.formData();
    const values = {
      ground: textField(data, 'ground'),
      reasons: textField(data, 'reasons').trim(),
    };
    const ground = cancellationGrounds.find((known) => known === values.ground);
    const errors: FormErrors = { form: null, fields: {} };
    if (!ground) errors.fields.ground = [{ key: 'form_field_required' }];
    if (values.reasons === '') errors.fields.reasons = [{ key: 'form_field_required' }];
    if (!ground || values.reasons === '') {
      return fail(400, { form: 'cancel' as const, errors, missing: [], values });
    }
    const result = await cancelTender(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')),
      ground,
      reasons: values.reasons,
    });
    if (result.ok) done(event, 'cancelled');
    const answer = refused(event, 'cancel', result);
    answer.data.values = values;
    return answer;
  },
} satisfies Actions;
