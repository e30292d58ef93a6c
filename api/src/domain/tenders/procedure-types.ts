import type {
  ProcedureStage,
  ProcedureStageId,
  ProcedureType,
  ProcedureTypeTable,
  ProcurementRegime,
} from '@tenderwise/schema';
import { ValidationError } from '../errors.ts';

/**
 * Lookups in the table of procedure types (`seed/regimes/procedure-types.json`, ADR 0037): which
 * types a regime knows, their stages in order, and whether a type needs a recorded ground. The
 * table is passed in, so the rules follow the data file and never constants in code.
 */
type Table = Pick<ProcedureTypeTable, 'types'>;

/** The procedure types of a regime, in the order of the file. */
export function procedureTypesOf(table: Table, regime: ProcurementRegime): ProcedureType[] {
  return table.types.filter((type) => type.regime === regime);
}

/**
 * The type `id` of a regime, or undefined. `id` is the file's id (`vgv.open`) or the part after
 * the regime (`open`), so a tender that stores its regime may store the short form.
 */
export function findProcedureType(
  table: Table,
  regime: ProcurementRegime,
  id: string,
): ProcedureType | undefined {
  const prefix = `${regime.toLowerCase()}.`;
  const fullId = id.startsWith(prefix) ? id : `${prefix}${id}`;
  return table.types.find((type) => type.regime === regime && type.id === fullId);
}

/** Like {@link findProcedureType}, but an unknown type is a {@link ValidationError} naming it. */
export function procedureType(table: Table, regime: ProcurementRegime, id: string): ProcedureType {
  const found = findProcedureType(table, regime, id);
  if (found === undefined) {
    const known = procedureTypesOf(table, regime).map((type) => type.id);
    throw new ValidationError(`The ${regime} knows no procedure type "${id}".`, [
      {
        in: 'body',
        pointer: '/procedureType',
        detail: `Choose one of ${known.join(', ') || '(none)'}.`,
      },
    ]);
  }
  return found;
}

/** The stages of a type, in order. */
export function procedureStages(type: ProcedureType): readonly ProcedureStage[] {
  return type.stages;
}

/**
 * Whether the type may only be used on a ground the regime names, which must then be recorded
 * (§ 14 (3), (4) VgV; § 13 (2) SektVO; § 146 GWB with §§ 12, 13 VSVgV; § 8 (3), (4), § 14 UVgO).
 */
export function needsJustification(type: ProcedureType): boolean {
  return type.choice === 'justified';
}

/** Whether the type passes through a stage (a Direktauftrag has no submission period). */
export function hasStage(type: ProcedureType, stage: ProcedureStageId): boolean {
  return type.stages.some((item) => item.id === stage);
}

/**
 * The stage after `stage` in the type's order, or null after the last one. A stage the type does
 * not have is a {@link ValidationError}: moving on from it would skip or invent a step.
 */
export function nextStage(type: ProcedureType, stage: ProcedureStageId): ProcedureStage | null {
  const index = type.stages.findIndex((item) => item.id === stage);
  if (index < 0) {
    throw new ValidationError(`A ${type.name.en.toLowerCase()} has no stage "${stage}".`, [
      {
        in: 'body',
        pointer: '/stage',
        detail: `The stages of ${type.id} are ${type.stages.map((item) => item.id).join(', ')}.`,
      },
    ]);
  }
  return type.stages[index + 1] ?? null;
}
