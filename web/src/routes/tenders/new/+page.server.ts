import { fail, redirect } from '@sveltejs/kit';
import { tendersArea } from '#lib/account/signed-in-user.ts';
import { requireFields, textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { createTender } from '#lib/services/tender.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readProcedureTypeChoices } from '#lib/server/procedure-types.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { parseCpvCodes } from '#lib/tenders/cpv.ts';
import { authorityKinds, contractKinds, lands } from '#lib/tenders/labels.ts';
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

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

export const actions = {
  create: async (event) => {
    const data = await event.request.formData();
    const values = {
      reference: textField(data, 'reference').trim(),
      title: textField(data, 'title').trim(),
      description: textField(data, 'description').trim(),
      cpvCodes: textField(data, 'cpvCodes').trim(),
      procedureType: textField(data, 'procedureType'),
      procedureGround: textField(data, 'procedureGround').trim(),
      land: textField(data, 'land'),
      authorityKind: textField(data, 'authorityKind'),
      contractKind: textField(data, 'contractKind'),
    };
    const errors: FormErrors = requireFields(data, [
      'reference',
      'title',
      'procedureType',
      'land',
    ]) ?? { form: null, fields: {} };
    const cpv = parseCpvCodes(values.cpvCodes);
    if (cpv.invalid.length > 0) {
      errors.fields.cpvCodes = [
        { key: 'tenders_cpv_invalid', values: { codes: cpv.invalid.join(', ') } },
      ];
    } else if (cpv.codes.length > 20) {
      errors.fields.cpvCodes = [{ key: 'tenders_cpv_too_many' }];
    }
    const api = apiFor(event);
    const choices = await readProcedureTypeChoices(api, event.url);
    const type = choices.find((choice) => choice.id === values.procedureType);
    if (values.procedureType !== '' && !type) {
      errors.fields.procedureType = [{ key: 'form_field_invalid' }];
    }
    if (type?.needsGround && values.procedureGround === '') {
      errors.fields.procedureGround = [{ key: 'tenders_ground_required' }];
    }
    const land = oneOf(lands, values.land);
    const authorityKind = oneOf(authorityKinds, values.authorityKind);
    const contractKind = oneOf(contractKinds, values.contractKind);
    if (values.land !== '' && !land) errors.fields.land = [{ key: 'form_field_invalid' }];
    if (!authorityKind) errors.fields.authorityKind = [{ key: 'form_field_required' }];
    if (!contractKind) errors.fields.contractKind = [{ key: 'form_field_required' }];
    if (
      Object.keys(errors.fields).length > 0 ||
      !type ||
      !land ||
      !authorityKind ||
      !contractKind
    ) {
      return fail(400, { errors, values });
    }

    const created = await createTender(api, {
      reference: values.reference,
      title: values.title,
      description: values.description,
      cpvCodes: cpv.codes,
      regime: type.regime,
      procedureType: type.id,
      ...(values.procedureGround !== '' && { procedureGround: values.procedureGround }),
      land,
      authorityKind,
      contractKind,
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
