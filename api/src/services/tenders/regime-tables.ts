import type { ProcedureType, ProcedureTypeTable, ThresholdTable } from '@tenderwise/schema';
import { readProcedureTypes, readThresholds } from '@tenderwise/seed';
import { procedureTypesOf } from '../../domain/tenders/procedure-types.ts';

/**
 * The data tables of the regimes (`seed/regimes/`): EU thresholds (ADR 0034) and procedure types
 * (ADR 0037), read and validated once per process. The rules follow these files, never constants
 * in code; a file that fails its schema fails the first verb that needs it, not silently.
 */
let thresholds: Promise<ThresholdTable> | undefined;
let procedureTypes: Promise<ProcedureTypeTable> | undefined;

export function thresholdTable(): Promise<ThresholdTable> {
  thresholds ??= readThresholds().catch((error: unknown) => {
    thresholds = undefined;
    throw error;
  });
  return thresholds;
}

export function procedureTypeTable(): Promise<ProcedureTypeTable> {
  procedureTypes ??= readProcedureTypes().catch((error: unknown) => {
    procedureTypes = undefined;
    throw error;
  });
  return procedureTypes;
}

/**
 * Whether a procedure type is an open one (offener Verfahren, Öffentliche Ausschreibung): any
 * company may bid on the notice, with no participation period and no invitation before the
 * submission period. Read from the type's stages, so it follows the table.
 */
export function isOpenProcedure(type: ProcedureType): boolean {
  const stages = type.stages.map((stage) => stage.id);
  return (
    stages.includes('publication') &&
    stages.includes('submissionPeriod') &&
    !stages.includes('participationPeriod') &&
    !stages.includes('invitation')
  );
}

/** The procedure types of a regime, open ones first, otherwise in the table's order. */
export function procedureTypeChoices(
  table: Pick<ProcedureTypeTable, 'types'>,
  regime: ProcedureType['regime'],
): ProcedureType[] {
  const types = procedureTypesOf(table, regime);
  return [...types.filter(isOpenProcedure), ...types.filter((type) => !isOpenProcedure(type))];
}
