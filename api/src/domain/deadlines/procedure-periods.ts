import type { DeadlineProcedureType, DeadlineRegime, PeriodReduction } from '@tenderwise/schema';

/**
 * Submission periods as data, each row with its paragraph. `basis: 'law'` rows are minimums
 * (below them a deadline is an error); `basis: 'practice'` rows are what practice expects where
 * the law only asks for an appropriate period (below them a warning).
 */
export interface SubmissionPeriodRow {
  regime: DeadlineRegime;
  procedureType: DeadlineProcedureType;
  /** `base` always applies; a reduction applies when the authority claims it. */
  condition: 'base' | PeriodReduction;
  days: number;
  basis: 'law' | 'practice';
  source: string;
}

export const submissionPeriods: readonly SubmissionPeriodRow[] = [
  {
    regime: 'VgV',
    procedureType: 'open',
    condition: 'base',
    days: 35,
    basis: 'law',
    source: '§ 15 Abs. 2 VgV',
  },
  {
    regime: 'VgV',
    procedureType: 'open',
    condition: 'electronicSubmission',
    days: 30,
    basis: 'law',
    source: '§ 15 Abs. 4 VgV',
  },
  {
    regime: 'VgV',
    procedureType: 'open',
    condition: 'priorInformationNotice',
    days: 15,
    basis: 'law',
    source: '§ 38 Abs. 3 VgV',
  },
  {
    regime: 'VgV',
    procedureType: 'open',
    condition: 'urgency',
    days: 15,
    basis: 'law',
    source: '§ 15 Abs. 3 VgV',
  },
  {
    regime: 'UVgO',
    procedureType: 'open',
    condition: 'base',
    days: 10,
    basis: 'practice',
    source:
      '§ 13 Abs. 1 UVgO (angemessene Frist, keine Mindestfrist); Orientierung: § 10 Abs. 1 VOB/A (nicht unter 10 Kalendertagen, auch bei Dringlichkeit)',
  },
];

/**
 * How long before the submission deadline additional information must be available when a
 * company asked for it in time (§ 20 (3) S. 1 Nr. 1 VgV): six days, four in urgency under
 * § 15 (3). The UVgO's duty to extend (§ 13 UVgO) names no number of days; the VgV's are applied
 * as the stricter reading.
 */
export const informationLeadDays = {
  VgV: {
    normal: { days: 6, source: '§ 20 Abs. 3 S. 1 Nr. 1 VgV' },
    urgency: { days: 4, source: '§ 20 Abs. 3 S. 1 Nr. 1 Hs. 2 i. V. m. § 15 Abs. 3 VgV' },
  },
  UVgO: {
    normal: {
      days: 6,
      source: '§ 13 UVgO (Fristverlängerung); sechs Tage entsprechend § 20 Abs. 3 VgV',
    },
    urgency: {
      days: 4,
      source: '§ 13 UVgO (Fristverlängerung); vier Tage entsprechend § 20 Abs. 3 VgV',
    },
  },
} as const satisfies Record<DeadlineRegime, unknown>;

/**
 * The Bindefrist is the authority's choice (an acceptance period, § 148 BGB; § 13 Abs. 1 UVgO
 * asks for an appropriate one; the VgV names none). Practice: 30 to 60 days after the submission
 * deadline; longer binds bidders to their prices without need.
 */
export const bindingPeriodPractice = {
  usualMaximumDays: 60,
  sources: [
    '§ 148 BGB',
    '§ 13 Abs. 1 UVgO',
    'Orientierung: § 10 Abs. 4 VOB/A (so kurz wie möglich; mehr als 30 Kalendertage nur in begründeten Fällen)',
  ],
};

/** The rows that apply to a procedure with the reductions claimed. */
export function applicablePeriods(
  regime: DeadlineRegime,
  procedureType: DeadlineProcedureType,
  reductions: readonly PeriodReduction[],
): SubmissionPeriodRow[] {
  return submissionPeriods.filter(
    (row) =>
      row.regime === regime &&
      row.procedureType === procedureType &&
      (row.condition === 'base' || reductions.includes(row.condition)),
  );
}

/** The shortest applicable period: reductions are alternatives, never added up. */
export function shortestPeriod(rows: readonly SubmissionPeriodRow[]): SubmissionPeriodRow {
  const [first, ...rest] = rows;
  if (!first) throw new Error('No submission period is defined for this procedure');
  return rest.reduce((shortest, row) => (row.days < shortest.days ? row : shortest), first);
}
