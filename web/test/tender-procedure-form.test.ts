import { describe, expect, it } from 'vitest';
import type { ProcedureTypeChoice } from '../src/lib/tenders/procedure-choice.ts';
import { readProcedureForm } from '../src/lib/tenders/procedure-form.ts';

const open: ProcedureTypeChoice = {
  id: 'vgv.open',
  regime: 'VgV',
  name: { de: 'Offenes Verfahren', en: 'Open procedure' },
  open: true,
  needsGround: false,
  stages: [],
} as unknown as ProcedureTypeChoice;
const negotiated = { ...open, id: 'vgv.negotiated', open: false, needsGround: true };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const complete = {
  title: ' Kollaborationsplattform ',
  cpvCodes: '48000000-8, 72000000-5',
  procedureType: 'vgv.open',
  land: 'DE-BY',
  authorityKind: 'otherPublicAuthority',
  contractKind: 'suppliesServices',
};

describe('readProcedureForm', () => {
  it('gives the API’s fields for a complete form, trimmed', () => {
    const { fields, errors } = readProcedureForm(form(complete), [open, negotiated]);
    expect(errors.fields).toEqual({});
    expect(fields).toMatchObject({
      title: 'Kollaborationsplattform',
      cpvCodes: ['48000000-8', '72000000-5'],
      type: { id: 'vgv.open', regime: 'VgV' },
      procedureGround: null,
      land: 'DE-BY',
    });
  });

  it('names each field at fault and gives no fields', () => {
    const { fields, errors, values } = readProcedureForm(
      form({ ...complete, cpvCodes: '4800', procedureType: 'vgv.negotiated', land: 'DE-XX' }),
      [open, negotiated],
      ['reference'],
    );
    expect(fields).toBeNull();
    expect(Object.keys(errors.fields).sort()).toEqual([
      'cpvCodes',
      'land',
      'procedureGround',
      'reference',
    ]);
    expect(values.cpvCodes).toBe('4800');
  });

  it('refuses more than twenty CPV codes and a type that is not offered', () => {
    const many = Array.from({ length: 21 }, (_, index) => `${48000000 + index}-8`).join(',');
    const { errors } = readProcedureForm(
      form({ ...complete, cpvCodes: many, procedureType: 'x' }),
      [open],
    );
    expect(errors.fields.cpvCodes).toEqual([{ key: 'tenders_cpv_too_many' }]);
    expect(errors.fields.procedureType).toEqual([{ key: 'form_field_invalid' }]);
  });
});
