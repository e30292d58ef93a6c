import { fail, redirect } from '@sveltejs/kit';
import { tendersArea } from '#lib/account/signed-in-user.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { createTender } from '#lib/services/tender.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readProcedureTypeChoices } from '#lib/server/procedure-types.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { readProcedureForm } from '#lib/tenders/procedure-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const viewer = requireUser(user, event.url, tendersArea);
  // Committee members take part in tenders; officers start them (the API decides either way).
  const mayStart = viewer.role === 'officer';
  return {
    mayStart,
    procedureTypes: mayStart ? await readProcedureTypeChoices(apiFor(event), event.url) : [],
  };
};

export const actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const api = apiFor(event);
    const choices = await readProcedureTypeChoices(api, event.url);
    const { values: procedure, errors, fields } = readProcedureForm(data, choices, ['reference']);
    const values = { reference: textField(data, 'reference').trim(), ...procedure };
    if (fields === null) return fail(400, { errors, values });

    const created = await createTender(api, {
      reference: values.reference,
      title: fields.title,
      description: fields.description,
      cpvCodes: fields.cpvCodes,
      regime: fields.type.regime,
      procedureType: fields.type.id,
      ...(fields.procedureGround !== null && { procedureGround: fields.procedureGround }),
      land: fields.land,
      authorityKind: fields.authorityKind,
      contractKind: fields.contractKind,
      bidIntake: fields.bidIntake,
    });
    if (!created.ok) {
      leaveIfSessionEnded(created, event.url);
      const refused = formErrorsFromProblem(created.problem, {
        fields: {
          '/reference': 'reference',
          '/title': 'title',
          '/description': 'description',
          '/cpvCodes': 'cpvCodes',
          '/regime': 'procedureType',
          '/procedureType': 'procedureType',
          '/procedureGround': 'procedureGround',
          '/land': 'land',
          '/authorityKind': 'authorityKind',
          '/contractKind': 'contractKind',
        },
        problems: { conflict: 'tenders_reference_taken', forbidden: 'tenders_create_forbidden' },
      });
      return fail(created.problem.status, { errors: refused, values });
    }
    redirect(
      303,
      `${localizeHref(`/tenders/${created.tenderId}`)}?${new URLSearchParams({ done: 'created' })}`,
    );
  },
} satisfies Actions;
