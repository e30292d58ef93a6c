import type { ProcedureType, ProcurementRegime } from '@tenderwise/schema';
import { ValidationError } from '../../domain/errors.ts';
import { needsJustification, procedureType } from '../../domain/tenders/procedure-types.ts';
import { procedureTypeTable } from './regime-tables.ts';

/**
 * The procedure a tender names, checked against the table of procedure types: a type the regime
 * knows (422 at `/procedureType` otherwise), and a recorded ground where the type may only be
 * used on one (§ 14 (3), (4) VgV; § 13 (2) SektVO; §§ 11–13 VSVgV; § 8 (3), (4) UVgO).
 */
export async function checkedProcedure(input: {
  regime: ProcurementRegime;
  procedureType: string;
  procedureGround: string | null;
}): Promise<{ type: ProcedureType; ground: string | null }> {
  const type = procedureType(await procedureTypeTable(), input.regime, input.procedureType);
  if (needsJustification(type) && input.procedureGround === null) {
    const paragraphs = type.choiceReferences.map((reference) => reference.paragraph).join(', ');
    throw new ValidationError(`The procedure type ${type.id} may only be used on a ground.`, [
      {
        in: 'body',
        pointer: '/procedureGround',
        detail: `Give the ground that allows the ${type.name.en.toLowerCase()} (${paragraphs}).`,
      },
    ]);
  }
  return { type, ground: input.procedureGround };
}
