import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { updateTender } from '#lib/services/tender.service.ts';
import type { Refusal } from '#lib/services/result.ts';
import { apiFor } from '#lib/server/api.ts';
import { readProcedureTypeChoices } from '#lib/server/procedure-types.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readTender } from '#lib/server/tender-reads.ts';
import { readProcedureForm } from '#lib/tenders/procedure-form.ts';
import { readValueForm, valuePointerFields } from '#lib/tenders/value-form.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  return {
    procedureTypes: tender.actions.update
      ? await readProcedureTypeChoices(apiFor(event), event.url)
      : [],
    done: event.url.searchParams.get('done'),
  };
};

type ProcedureNotice = 'details-saved' | 'value-saved' | 'lots-saved';

function done(event: RequestEvent, notice: ProcedureNotice, anchor: string): never {
  const query = new URLSearchParams({ done: notice });
  redirect(
    303,
    `${localizeHref(`/tenders/${event.params.tenderId}/procedure`)}?${query}#${anchor}`,
  );
}

/** The version the form was read at; a stale one is the API's to refuse (409). */
function versionOf(data: FormData): number {
  return Number(textField(data, 'version')) || 0;
}

/**
 * A refused change: the messages, what was typed, and the tender's current version after a
 * conflict, so saving again replaces the other change knowingly.
 */
async function refused<Form extends string, Values>(
  event: RequestEvent,
  form: Form,
  result: Refusal,
  values: Values,
  reading: Parameters<typeof formErrorsFromProblem>[1],
) {
  leaveIfSessionEnded(result, event.url);
  const errors = formErrorsFromProblem(result.problem, {
    ...reading,
    problems: { conflict: 'tenders_conflict', ...reading?.problems },
  });
  const currentVersion =
    result.problem.status === 409
      ? (await readTender(apiFor(event), event.params.tenderId, event.url)).version
      : null;
  return fail(result.problem.status, { form, errors, values, currentVersion });
}

export const actions = {
  details: async (event) => {
    const data = await event.request.formData();
    const choices = await readProcedureTypeChoices(apiFor(event), event.url);
    const { values, errors, fields } = readProcedureForm(data, choices);
    if (fields === null) {
      return fail(400, { form: 'details' as const, errors, values, currentVersion: null });
    }
    const result = await updateTender(apiFor(event), {
      tenderId: event.params.tenderId,
      version: versionOf(data),
      title: fields.title,
      description: fields.description,
      cpvCodes: fields.cpvCodes,
      regime: fields.type.regime,
      procedureType: fields.type.id,
      procedureGround: fields.procedureGround,
      land: fields.land,
      authorityKind: fields.authorityKind,
      contractKind: fields.contractKind,
      bidIntake: fields.bidIntake,
    });
    if (result.ok) done(event, 'details-saved', 'details-heading');
    return refused(event, 'details' as const, result, values, {
      fields: {
        '/title': 'title',
        '/description': 'description',
        '/cpvCodes': 'cpvCodes',
        '/regime': 'procedureType',
        '/procedureType': 'procedureType',
        '/procedureGround': 'procedureGround',
        '/land': 'land',
        '/authorityKind': 'authorityKind',
        '/contractKind': 'contractKind',
        '/bidIntake': 'bidIntake',
      },
    });
  },

  value: async (event) => {
    const data = await event.request.formData();
    const tender = await readTender(apiFor(event), event.params.tenderId, event.url);
    const clear = textField(data, 'clear') === 'true';
    if (clear) {
      const result = await updateTender(apiFor(event), {
        tenderId: tender.id,
        version: versionOf(data),
        estimatedValue: null,
      });
      if (result.ok) done(event, 'value-saved', 'value-heading');
      return refused(event, 'value' as const, result, null, {});
    }
    const reading = readValueForm(data, tender.lots, tender.contractKind, getLocale());
    if (!reading.ok) {
      return fail(400, {
        form: 'value' as const,
        errors: reading.errors,
        values: reading.fields,
        currentVersion: null,
      });
    }
    const result = await updateTender(apiFor(event), {
      tenderId: tender.id,
      version: versionOf(data),
      estimatedValue: reading.input as never,
      ...(reading.estimatedOn && { estimatedOn: reading.estimatedOn }),
    });
    if (result.ok) done(event, 'value-saved', 'value-heading');
    return refused(event, 'value' as const, result, reading.fields, {
      fields: valuePointerFields(tender.lots),
    });
  },

  division: async (event) => {
    const data = await event.request.formData();
    const values = {
      noLotsReasons: textField(data, 'noLotsReasons').trim(),
      maxLotsPerBidder: textField(data, 'maxLotsPerBidder').trim(),
      maxLotsPerAward: textField(data, 'maxLotsPerAward').trim(),
    };
    const errors: FormErrors = { form: null, fields: {} };
    const limit = (name: 'maxLotsPerBidder' | 'maxLotsPerAward'): number | null => {
      if (values[name] === '') return null;
      const number = Number(values[name]);
      if (!Number.isInteger(number) || number < 1 || number > 200) {
        errors.fields[name] = [{ key: 'tenders_lot_limit_invalid' }];
        return null;
      }
      return number;
    };
    const maxLotsPerBidder = limit('maxLotsPerBidder');
    const maxLotsPerAward = limit('maxLotsPerAward');
    if (Object.keys(errors.fields).length > 0) {
      return fail(400, { form: 'division' as const, errors, values, currentVersion: null });
    }
    const result = await updateTender(apiFor(event), {
      tenderId: event.params.tenderId,
      version: versionOf(data),
      noLotsReasons: values.noLotsReasons === '' ? null : values.noLotsReasons,
      maxLotsPerBidder,
      maxLotsPerAward,
    });
    if (result.ok) done(event, 'lots-saved', 'division-heading');
    return refused(event, 'division' as const, result, values, {
      fields: {
        '/noLotsReasons': 'noLotsReasons',
        '/maxLotsPerBidder': 'maxLotsPerBidder',
        '/maxLotsPerAward': 'maxLotsPerAward',
      },
    });
  },
} satisfies Actions;
