import { procedureStageIds, procurementRegimes, type ProcedureTypeTable } from '@tenderwise/schema';
import { readProcedureTypes } from '@tenderwise/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import {
  findProcedureType,
  hasStage,
  needsJustification,
  nextStage,
  procedureStages,
  procedureType,
  procedureTypesOf,
} from './procedure-types.ts';

let table: ProcedureTypeTable;
beforeAll(async () => {
  table = await readProcedureTypes();
});

describe('procedure types per regime', () => {
  it.each(procurementRegimes)(
    'the %s has at least one type the authority may freely choose',
    (regime) => {
      const free = procedureTypesOf(table, regime).filter((type) => !needsJustification(type));
      expect(free.length).toBeGreaterThan(0);
    },
  );

  it('has unique ids across the file, each starting with its regime', () => {
    const ids = table.types.map((type) => type.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const type of table.types)
      expect(type.id.startsWith(`${type.regime.toLowerCase()}.`)).toBe(true);
  });

  it('cites at least one paragraph for every stage of every type, and knows every stage id', () => {
    for (const type of table.types) {
      for (const stage of procedureStages(type)) {
        expect(stage.references.length, `${type.id} ${stage.id}`).toBeGreaterThan(0);
        expect(procedureStageIds).toContain(stage.id);
      }
    }
  });

  it('finds a type by its full id or by the part after its regime, and only in its regime', () => {
    expect(findProcedureType(table, 'VgV', 'open')?.id).toBe('vgv.open');
    expect(findProcedureType(table, 'VgV', 'vgv.open')?.id).toBe('vgv.open');
    expect(findProcedureType(table, 'UVgO', 'vgv.open')).toBeUndefined();
    expect(findProcedureType(table, 'VSVgV', 'open')).toBeUndefined();
  });

  it('refuses an unknown type with the field and the types the regime knows', () => {
    let caught: unknown;
    try {
      procedureType(table, 'VSVgV', 'open');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const issue = (caught as ValidationError).issues[0]!;
    expect(issue.pointer).toBe('/procedureType');
    expect(issue.detail).toContain('vsvgv.restricted');
  });

  it('needs a ground for the negotiated procedures of the VgV, not for the open and restricted ones', () => {
    expect(needsJustification(procedureType(table, 'VgV', 'open'))).toBe(false);
    expect(needsJustification(procedureType(table, 'VgV', 'restricted'))).toBe(false);
    expect(needsJustification(procedureType(table, 'VgV', 'negotiated-with-call'))).toBe(true);
    expect(needsJustification(procedureType(table, 'VgV', 'negotiated-without-call'))).toBe(true);
    expect(needsJustification(procedureType(table, 'UVgO', 'restricted-tender-with-call'))).toBe(
      false,
    );
    expect(needsJustification(procedureType(table, 'UVgO', 'negotiated-award-without-call'))).toBe(
      true,
    );
  });

  it('gives the UVgO direct award no submission period, opening or evaluation', () => {
    const direct = procedureType(table, 'UVgO', 'direct-award');
    expect(hasStage(direct, 'submissionPeriod')).toBe(false);
    expect(hasStage(direct, 'opening')).toBe(false);
    expect(hasStage(direct, 'awardEvaluation')).toBe(false);
    expect(procedureStages(direct).map((stage) => stage.id)).toEqual([
      'preparation',
      'award',
      'documentation',
    ]);
  });
});

describe('the next stage', () => {
  it('walks the open procedure in order, with the pre-award information before the award', () => {
    const open = procedureType(table, 'VgV', 'open');
    const walked: string[] = ['preparation'];
    let stage = nextStage(open, 'preparation');
    while (stage !== null) {
      walked.push(stage.id);
      stage = nextStage(open, stage.id);
    }
    expect(walked).toEqual([
      'preparation',
      'approval',
      'publication',
      'submissionPeriod',
      'opening',
      'formalCheck',
      'suitability',
      'priceCheck',
      'awardEvaluation',
      'preAwardInformation',
      'award',
      'documentation',
    ]);
  });

  it('selects candidates after the participation period in the restricted procedure (§ 51 VgV)', () => {
    const restricted = procedureType(table, 'VgV', 'restricted');
    expect(nextStage(restricted, 'participationPeriod')?.id).toBe('candidateSelection');
    expect(
      nextStage(restricted, 'participationPeriod')?.references.map((item) => item.paragraph),
    ).toContain('§ 51 VgV');
  });

  it('goes from negotiation to final offers in the negotiated procedure', () => {
    const negotiated = procedureType(table, 'VgV', 'negotiated-with-call');
    expect(nextStage(negotiated, 'negotiation')?.id).toBe('finalOffers');
  });

  it('follows every negotiation with final offers, which are not negotiated', () => {
    const negotiated = table.types.filter((type) => hasStage(type, 'negotiation'));
    expect(negotiated.length).toBeGreaterThan(5);
    for (const type of negotiated)
      expect(nextStage(type, 'negotiation')?.id, type.id).toBe('finalOffers');
  });

  it('answers null after the last stage and refuses a stage the type does not have', () => {
    const direct = procedureType(table, 'UVgO', 'direct-award');
    expect(nextStage(direct, 'documentation')).toBeNull();
    expect(() => nextStage(direct, 'opening')).toThrow(ValidationError);
  });
});
