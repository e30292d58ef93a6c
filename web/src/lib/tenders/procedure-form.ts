import { requireFields, textField } from '#lib/forms/form-data.ts';
import type { FormErrors } from '#lib/forms/form-errors.ts';
import { parseCpvCodes } from './cpv.ts';
import {
  authorityKinds,
  contractKinds,
  lands,
  type AuthorityKind,
  type ContractKind,
  type Land,
} from './labels.ts';
import type { ProcedureTypeChoice } from './procedure-choice.ts';

// The procedure fields the new tender's form and the procedure tab share: read, trimmed and
// checked the same way in both, so a value one accepts the other does not refuse.

/** What the user typed, as typed (trimmed), to fill the form again after a refusal. */
export type ProcedureFormValues = {
  title: string;
  description: string;
  cpvCodes: string;
  procedureType: string;
  procedureGround: string;
  land: string;
  authorityKind: string;
  contractKind: string;
  bidIntake: string;
};

/** The fields as the API takes them, when every check passed. */
export interface ProcedureFields {
  title: string;
  description: string;
  cpvCodes: string[];
  type: ProcedureTypeChoice;
  procedureGround: string | null;
  land: Land;
  authorityKind: AuthorityKind;
  contractKind: ContractKind;
  bidIntake: BidIntake;
}

/** How the tender takes its bids in: on the authority's platform, or sealed in our vault. */
export const bidIntakes = ['platform', 'vault'] as const;
export type BidIntake = (typeof bidIntakes)[number];

/** At most this many CPV codes, as the API allows. */
const maxCpvCodes = 20;

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Reads the procedure fields of a posted form against the procedure types offered; `required`
 * names further fields the caller's form needs (the new tender's reference). `fields` is null
 * while `errors` names a field.
 */
export function readProcedureForm(
  data: FormData,
  choices: readonly ProcedureTypeChoice[],
  required: readonly string[] = [],
): { values: ProcedureFormValues; errors: FormErrors; fields: ProcedureFields | null } {
  const values: ProcedureFormValues = {
    title: textField(data, 'title').trim(),
    description: textField(data, 'description').trim(),
    cpvCodes: textField(data, 'cpvCodes').trim(),
    procedureType: textField(data, 'procedureType'),
    procedureGround: textField(data, 'procedureGround').trim(),
    land: textField(data, 'land'),
    authorityKind: textField(data, 'authorityKind'),
    contractKind: textField(data, 'contractKind'),
    bidIntake: textField(data, 'bidIntake'),
  };
  const errors: FormErrors = requireFields(data, [
    ...required,
    'title',
    'procedureType',
    'land',
  ]) ?? { form: null, fields: {} };
  const cpv = parseCpvCodes(values.cpvCodes);
  if (cpv.invalid.length > 0) {
    errors.fields.cpvCodes = [
      { key: 'tenders_cpv_invalid', values: { codes: cpv.invalid.join(', ') } },
    ];
  } else if (cpv.codes.length > maxCpvCodes) {
    errors.fields.cpvCodes = [{ key: 'tenders_cpv_too_many' }];
  }
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
  // Absent from a form that does not offer it: the platform, as the API defaults.
  const bidIntake = values.bidIntake === '' ? 'platform' : oneOf(bidIntakes, values.bidIntake);
  if (!bidIntake) errors.fields.bidIntake = [{ key: 'form_field_invalid' }];
  const fields =
    Object.keys(errors.fields).length > 0 ||
    !type ||
    !land ||
    !authorityKind ||
    !contractKind ||
    !bidIntake
      ? null
      : {
          title: values.title,
          description: values.description,
          cpvCodes: cpv.codes,
          type,
          procedureGround: values.procedureGround === '' ? null : values.procedureGround,
          land,
          authorityKind,
          contractKind,
          bidIntake,
        };
  return { values, errors, fields };
}
