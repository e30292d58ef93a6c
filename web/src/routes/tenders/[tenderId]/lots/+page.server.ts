import { fail, redirect } from '@sveltejs/kit';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { createTenderLot, deleteTenderLot, updateTenderLot } from '#lib/services/tender.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readTenderLots } from '#lib/server/tender-reads.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// The lots of a tender (§ 30 VgV): every scheme, bid and award belongs to one; a tender without
// lots has one. `?edit=<number>` opens a lot's form, `?confirm=delete&lot=<number>` asks before
// deleting one; both are plain links, so the page works without script.

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const listed = await readTenderLots(apiFor(event), tender.id, event.url);
  const query = event.url.searchParams;
  const lotNamed = (name: string) => {
    const number = Number(query.get(name));
    return listed.lots.find((lot) => lot.number === number) ?? null;
  };
  const manage = tender.actions.manageLots;
  return {
    lots: listed.lots,
    tenderVersion: listed.tenderVersion,
    editing: manage ? lotNamed('edit') : null,
    deleting: manage && query.get('confirm') === 'delete' ? lotNamed('lot') : null,
    done: query.get('done'),
  };
};

type LotNotice = 'added' | 'saved' | 'deleted';

function done(event: RequestEvent, notice: LotNotice): never {
  redirect(
    303,
    `${localizeHref(`/tenders/${event.params.tenderId}/lots`)}?${new URLSearchParams({ done: notice })}`,
  );
}

function refused<Form extends string, Values>(
  event: RequestEvent,
  form: Form,
  result: Refusal,
  values: Values,
) {
  leaveIfSessionEnded(result, event.url);
  const errors = formErrorsFromProblem(result.problem, {
    fields: { '/title': 'title', '/description': 'description' },
    problems: { conflict: 'tenders_conflict' },
  });
  return fail(result.problem.status, { form, errors, values });
}

const lotValues = (data: FormData) => ({
  title: textField(data, 'title').trim(),
  description: textField(data, 'description').trim(),
});

export const actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const values = lotValues(data);
    const missing = requireFields(data, ['title']);
    if (missing) return fail(400, { form: 'add' as const, errors: missing, values });
    const result = await createTenderLot(apiFor(event), {
      tenderId: event.params.tenderId,
      version: Number(textField(data, 'version')) || 0,
      ...values,
    });
    if (result.ok) done(event, 'added');
    return refused(event, 'add' as const, result, values);
  },

  edit: async (event) => {
    const data = await event.request.formData();
    const values = lotValues(data);
    const missing = requireFields(data, ['title']);
    if (missing) return fail(400, { form: 'edit' as const, errors: missing, values });
    const result = await updateTenderLot(apiFor(event), {
      tenderId: event.params.tenderId,
      lotNumber: Number(textField(data, 'lotNumber')),
      version: Number(textField(data, 'version')) || 0,
      ...values,
    });
    if (result.ok) done(event, 'saved');
    return refused(event, 'edit' as const, result, values);
  },

  delete: async (event) => {
    const data = await event.request.formData();
    const result = await deleteTenderLot(apiFor(event), {
      tenderId: event.params.tenderId,
      lotNumber: Number(textField(data, 'lotNumber')),
      version: Number(textField(data, 'version')) || 0,
    });
    if (result.ok) done(event, 'deleted');
    return refused(event, 'delete' as const, result, null);
  },
} satisfies Actions;
