import { ProcedureTypeTable } from '@tenderwise/schema';
import procedureTypeFile from '../../../../seed/regimes/procedure-types.json';
import { isOpenProcedure, type ProcedureTypeChoice } from '#lib/tenders/procedure-choice.ts';

// The procedure types of each regime with their stages, from the sourced data file the API's
// rules read too (seed/regimes/procedure-types.json, ADR 0037), bundled at build time and
// validated by its schema on first use, so the choice offered before a tender exists follows
// the same table as the API that checks it. Never constants in code.

let table: ProcedureTypeTable | undefined;

function procedureTypeTable(): ProcedureTypeTable {
  table ??= ProcedureTypeTable.parse(procedureTypeFile);
  return table;
}

/** The types of every regime, the open ones of a regime first, otherwise in the file's order. */
export function procedureTypeChoices(): ProcedureTypeChoice[] {
  const choices = procedureTypeTable().types.map((type) => ({
    id: type.id,
    regime: type.regime,
    name: type.name,
    open: isOpenProcedure(type),
    needsGround: type.choice === 'justified',
    stages: type.stages.map((stage) => stage.id),
    references: type.references.map((reference) => reference.paragraph),
  }));
  return [...choices.filter((type) => type.open), ...choices.filter((type) => !type.open)];
}
