import type { ProcedureType } from '@tenderwise/schema';

// A procedure type as the forms offer it: its regime, name, whether it is an open procedure and
// needs a recorded ground, and its stages in order (seed/regimes/procedure-types.json).

/**
 * Whether a type is an open one (offenes Verfahren, Öffentliche Ausschreibung): any company may
 * bid on the notice, with no participation period and no invitation. Read from its stages.
 */
export function isOpenProcedure(type: Pick<ProcedureType, 'stages'>): boolean {
  const stages = type.stages.map((stage) => stage.id);
  return (
    stages.includes('publication') &&
    stages.includes('submissionPeriod') &&
    !stages.includes('participationPeriod') &&
    !stages.includes('invitation')
  );
}

/** One choice of the new tender's form. */
export interface ProcedureTypeChoice {
  id: string;
  regime: ProcedureType['regime'];
  name: ProcedureType['name'];
  open: boolean;
  needsGround: boolean;
  stages: ProcedureType['stages'][number]['id'][];
  references: string[];
}
