import type { ProcedureTypeTable, ProcurementRegime } from '@tenderwise/schema';
import { readProcedureTypes } from '@tenderwise/seed';
import { findProcedureType } from '../../domain/tenders/procedure-types.ts';

let table: Promise<ProcedureTypeTable> | undefined;

/**
 * The procedure type of a tender with its name from `seed/regimes/procedure-types.json`, read
 * once per process. A type the file does not know keeps its id as its name.
 */
export async function procedureTypeLabel(
  regime: ProcurementRegime,
  id: string,
): Promise<{ id: string; label: { de: string; en: string } }> {
  table ??= readProcedureTypes();
  let found;
  try {
    found = findProcedureType(await table, regime, id);
  } catch {
    table = undefined;
    found = undefined;
  }
  return { id: found?.id ?? id, label: found?.name ?? { de: id, en: id } };
}
