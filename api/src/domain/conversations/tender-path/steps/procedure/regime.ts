import type {
  AuthorityKind,
  ProcedureType,
  ProcurementRegime,
  ThresholdClassification,
  ThresholdRegime,
} from '@tenderwise/schema';
import { classifyThreshold } from '../../../../tenders/classify-threshold.ts';
import { procedureTypesOf } from '../../../../tenders/procedure-types.ts';
import type { TenderWorld } from '../../world.ts';

/**
 * The regime whose EU threshold applies to a kind of authority: a sector entity's SektVO, a
 * defence or security contract's VSVgV, otherwise the VgV (§ 106 (2) GWB).
 */
export function comparedRegime(kind: AuthorityKind): ThresholdRegime {
  if (kind === 'sectorEntity') return 'SektVO';
  if (kind === 'defenceSecurity') return 'VSVgV';
  return 'VgV';
}

export interface RegimeReading {
  classification: ThresholdClassification;
  /** The regime of the tender: the EU regime from the threshold on, the UVgO below it. */
  regime: ProcurementRegime;
}

function tablesOf(world: TenderWorld) {
  if (world.thresholds === undefined || world.procedureTypes === undefined) {
    throw new Error('The tender world lacks the threshold or procedure-type table');
  }
  return { thresholds: world.thresholds, procedureTypes: world.procedureTypes };
}

/**
 * The value of a supply or service contract compared with the threshold valid today. Below it,
 * the UVgO is recorded as the regime, also for a sector entity (the stricter reading: a public
 * sector entity stays bound by budget law and its rules). Throws the domain's ValidationError
 * where the table has no threshold for today.
 */
export function regimeFor(world: TenderWorld, value: string, kind: AuthorityKind): RegimeReading {
  const classification = classifyThreshold(tablesOf(world).thresholds, {
    value,
    regime: comparedRegime(kind),
    authorityKind: kind,
    contractKind: 'suppliesServices',
    on: world.today,
  });
  return {
    classification,
    regime: classification.position === 'above' ? classification.threshold.regime : 'UVgO',
  };
}

/**
 * The procedure types of a regime, those the authority may choose freely first (the open
 * procedure heads the table of each regime that has one), each group in the table's order.
 */
export function procedureChoices(world: TenderWorld, regime: ProcurementRegime): ProcedureType[] {
  const types = procedureTypesOf(tablesOf(world).procedureTypes, regime);
  return [
    ...types.filter((type) => type.choice === 'free'),
    ...types.filter((type) => type.choice !== 'free'),
  ];
}

/** The type a new tender starts with: the regime's first freely chosen one (§ 119 (2) GWB). */
export function defaultProcedureType(world: TenderWorld, regime: ProcurementRegime): ProcedureType {
  const type = procedureChoices(world, regime)[0];
  if (type === undefined) throw new Error(`The procedure-type table has no type for ${regime}`);
  return type;
}
