import type {
  CatalogueEntry,
  Evidence,
  LocalizedText,
  ValidityAnchor,
  ValidityRule,
  ValidityRuleKind,
} from '@tenderwise/schema';
import { addDays, addMonths, daysBetween, isCalendarDate } from './calendar.ts';

/**
 * An attestation as a vendor records it: the scheme and type, the dates of its report and audit
 * period (a point-in-time report records its reference date as a one-day period), and the validity
 * where the certificate or label states one. Dates are `YYYY-MM-DD`.
 */
export interface RecordedAttestation {
  scheme: string;
  type?: string;
  reportDate?: string;
  auditPeriod?: { from: string; to: string };
  validFrom?: string;
  validUntil?: string;
}

export type ValidityStatus = 'valid' | 'expired' | 'notYetValid' | 'undetermined';

/** The judgement of one attestation on one date, with the window it was judged against. */
export interface ValidityJudgement {
  status: ValidityStatus;
  validFrom: string | null;
  validUntil: string | null;
  rule: ValidityRuleKind;
  reason: LocalizedText;
}

type Window =
  | { determined: true; validFrom: string; validUntil: string; how: LocalizedText }
  | { determined: false; reason: LocalizedText };

const german = (date: string) => date.split('-').reverse().join('.');

function undetermined(de: string, en: string): Window {
  return { determined: false, reason: { de, en } };
}

/** The first inconsistency in the recorded dates, if any. */
function dateIssue(attestation: RecordedAttestation): Window | null {
  const dates = [
    attestation.reportDate,
    attestation.auditPeriod?.from,
    attestation.auditPeriod?.to,
    attestation.validFrom,
    attestation.validUntil,
  ];
  if (dates.some((date) => date !== undefined && !isCalendarDate(date))) {
    return undetermined(
      'Ein erfasstes Datum ist kein Kalenderdatum.',
      'A recorded date is not a calendar date.',
    );
  }
  const period = attestation.auditPeriod;
  if (period && period.to < period.from) {
    return undetermined(
      'Der Prüfzeitraum endet vor seinem Beginn.',
      'The audit period ends before it begins.',
    );
  }
  if (
    attestation.validFrom &&
    attestation.validUntil &&
    attestation.validUntil < attestation.validFrom
  ) {
    return undetermined(
      'Die genannte Gültigkeit endet vor ihrem Beginn.',
      'The stated validity ends before it begins.',
    );
  }
  return null;
}

function anchorOf(attestation: RecordedAttestation, anchor: ValidityAnchor): string | undefined {
  return anchor === 'auditPeriodEnd' ? attestation.auditPeriod?.to : attestation.reportDate;
}

const anchorNames: Record<ValidityAnchor, LocalizedText> = {
  auditPeriodEnd: {
    de: 'Ende des Prüfzeitraums bzw. Stichtag',
    en: 'end of the audit period or reference date',
  },
  reportDate: { de: 'Berichtsdatum', en: 'report date' },
};

/**
 * A report without a stated validity: current from its report date until `months` after the
 * anchor. A recorded validity may only narrow that window (a withdrawn report, a shorter stated
 * term), never widen it: a vendor's own entry cannot outlast the scheme's rule.
 */
function computedWindow(
  attestation: RecordedAttestation,
  months: number,
  anchor: ValidityAnchor,
): Window {
  const from = anchorOf(attestation, anchor);
  if (from === undefined) {
    return undetermined(
      `Das ${anchorNames[anchor].de} fehlt; ohne es lässt sich die Aktualität nicht bestimmen.`,
      `The ${anchorNames[anchor].en} is missing; currency cannot be determined without it.`,
    );
  }
  if (attestation.reportDate === undefined) {
    return undetermined(
      'Das Berichtsdatum fehlt; vor ihm kann der Bericht nicht gegolten haben.',
      'The report date is missing; the report cannot have been current before it.',
    );
  }
  if (anchor === 'auditPeriodEnd' && attestation.reportDate < from) {
    return undetermined(
      'Das Berichtsdatum liegt vor dem Ende des Prüfzeitraums.',
      'The report date lies before the end of the audit period.',
    );
  }
  const computedUntil = addMonths(from, months);
  const validUntil =
    attestation.validUntil !== undefined && attestation.validUntil < computedUntil
      ? attestation.validUntil
      : computedUntil;
  const validFrom =
    attestation.validFrom !== undefined && attestation.validFrom > attestation.reportDate
      ? attestation.validFrom
      : attestation.reportDate;
  return {
    determined: true,
    validFrom,
    validUntil,
    how: {
      de: `${months} Monate nach dem ${anchorNames[anchor].de} (${german(from)})`,
      en: `${months} months after the ${anchorNames[anchor].en} (${from})`,
    },
  };
}

function statedWindow(
  attestation: RecordedAttestation,
  rule: Extract<ValidityRule, { kind: 'stated' }>,
): Window {
  const validFrom = attestation.validFrom ?? attestation.reportDate;
  let validUntil = attestation.validUntil;
  let how: LocalizedText = { de: 'die genannte Gültigkeit', en: 'the stated validity' };
  if (validUntil === undefined && rule.defaultTerm !== undefined) {
    const anchor = anchorOf(attestation, rule.defaultTerm.countsFrom);
    if (anchor !== undefined) {
      validUntil = addMonths(anchor, rule.defaultTerm.months);
      how = {
        de: `die Laufzeit des Schemas von ${rule.defaultTerm.months} Monaten ab dem ${anchorNames[rule.defaultTerm.countsFrom].de} (${german(anchor)})`,
        en: `the scheme's term of ${rule.defaultTerm.months} months from the ${anchorNames[rule.defaultTerm.countsFrom].en} (${anchor})`,
      };
    }
  }
  if (validUntil === undefined) {
    return undetermined(
      'Es ist kein Gültigkeitsende genannt, und das Schema hat keine Laufzeit, die es ersetzt.',
      'No end of validity is stated, and the scheme has no term to replace it.',
    );
  }
  if (validFrom === undefined) {
    return undetermined(
      'Weder Gültigkeitsbeginn noch Ausstellungsdatum sind genannt.',
      'Neither the start of validity nor the date of issue is stated.',
    );
  }
  return { determined: true, validFrom, validUntil, how };
}

function windowOf(attestation: RecordedAttestation, rule: ValidityRule | null): Window {
  if (rule === null) {
    return undetermined(
      'Für dieses Schema und diesen Typ kennt der Katalog keine Gültigkeitsregel.',
      'The catalogue has no validity rule for this scheme and type.',
    );
  }
  if (rule.kind === 'undefined') {
    return undetermined(
      'Das Schema legt (noch) keine Gültigkeit fest.',
      'The scheme does not (yet) define a validity.',
    );
  }
  const issue = dateIssue(attestation);
  if (issue) return issue;
  switch (rule.kind) {
    case 'periodEnd':
      return computedWindow(attestation, rule.months, 'auditPeriodEnd');
    case 'referenceDate':
      return computedWindow(attestation, rule.months, rule.countsFrom);
    case 'stated':
      return statedWindow(attestation, rule);
  }
}

/**
 * Judges an attestation on the date the caller names (a review's reference date, the end of the
 * submission period), never on the day it is read: the same attestation judged on two dates may
 * give two answers, and the same date always gives the same answer. Valid from `validFrom` through
 * `validUntil`, both days included.
 */
export function judgeAttestationValidity(
  attestation: RecordedAttestation,
  rule: ValidityRule | null,
  on: string,
): ValidityJudgement {
  if (!isCalendarDate(on)) throw new RangeError(`"${on}" is not a calendar date (YYYY-MM-DD)`);
  const kind = rule?.kind ?? 'undefined';
  const window = windowOf(attestation, rule);
  if (!window.determined) {
    return {
      status: 'undetermined',
      validFrom: null,
      validUntil: null,
      rule: kind,
      reason: window.reason,
    };
  }
  const { validFrom, validUntil, how } = window;
  const base = { validFrom, validUntil, rule: kind };
  if (validUntil < validFrom) {
    return {
      ...base,
      status: 'expired',
      reason: {
        de: `Nie aktuell: Die Gültigkeit (${how.de}) endete am ${german(validUntil)}, vor der Ausstellung am ${german(validFrom)}.`,
        en: `Never current: its validity (${how.en}) ended on ${validUntil}, before it was issued on ${validFrom}.`,
      },
    };
  }
  if (on < validFrom) {
    return {
      ...base,
      status: 'notYetValid',
      reason: {
        de: `Am ${german(on)} noch nicht gültig: gültig ab ${german(validFrom)}.`,
        en: `Not yet valid on ${on}: valid from ${validFrom}.`,
      },
    };
  }
  if (on > validUntil) {
    return {
      ...base,
      status: 'expired',
      reason: {
        de: `Am ${german(on)} abgelaufen: gültig bis ${german(validUntil)}, nach ${how.de}.`,
        en: `Expired on ${on}: valid until ${validUntil}, by ${how.en}.`,
      },
    };
  }
  return {
    ...base,
    status: 'valid',
    reason: {
      de: `Am ${german(on)} gültig: vom ${german(validFrom)} bis ${german(validUntil)}, nach ${how.de}.`,
      en: `Valid on ${on}: from ${validFrom} until ${validUntil}, by ${how.en}.`,
    },
  };
}

/** An attestation to watch, with the last day it is valid. */
export interface ExpiryWarning<T> {
  item: T;
  status: 'expiring' | 'expired';
  validUntil: string;
  /** Days from `today` to `validUntil`: negative once expired, 0 on the last valid day. */
  daysLeft: number;
}

/**
 * A vendor's "renew soon" list: the attestations whose validity ends within `withinDays` days of
 * `today` (the last valid day included) or has already ended, soonest first. `today` is the
 * caller's, like every date here. An undetermined validity has no date to warn about and is left
 * out; its judgement says what is missing.
 */
export function expiryWarnings<
  T extends { attestation: RecordedAttestation; rule: ValidityRule | null },
>(items: readonly T[], today: string, withinDays: number): ExpiryWarning<T>[] {
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new RangeError('withinDays must be a whole number of days, zero or more');
  }
  const horizon = addDays(today, withinDays);
  const warnings: ExpiryWarning<T>[] = [];
  for (const item of items) {
    const { validUntil } = judgeAttestationValidity(item.attestation, item.rule, today);
    if (validUntil === null || validUntil > horizon) continue;
    warnings.push({
      item,
      status: validUntil < today ? 'expired' : 'expiring',
      validUntil,
      daysLeft: daysBetween(today, validUntil),
    });
  }
  return warnings.sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}

/** The engine's evidence for an attestation, or none where its validity is undetermined. */
export interface EngineEvidenceDraft {
  evidence: Evidence | null;
  judgement: ValidityJudgement;
}

/**
 * Pre-fills the engine's evidence of an options review from a recorded attestation. The engine
 * judges the evidence itself on the review's reference date, so the evidence carries the window
 * and `on` only explains it. An undetermined validity gives no evidence: any dates made up for it
 * could make it count, so the reviewer enters the evidence by hand after reading the report. A
 * window that ended before it began (a report issued after its currency ended) gives none either:
 * the engine refuses such dates; the judgement says it was never current.
 */
export function toEngineEvidence(
  attestation: RecordedAttestation,
  rule: ValidityRule | null,
  on: string,
  coversOfferedService: boolean,
): EngineEvidenceDraft {
  const judgement = judgeAttestationValidity(attestation, rule, on);
  const { validFrom, validUntil } = judgement;
  if (validFrom === null || validUntil === null || validUntil < validFrom) {
    return { evidence: null, judgement };
  }
  return {
    evidence: {
      scheme: attestation.scheme,
      ...(attestation.type === undefined ? {} : { type: attestation.type }),
      coversOfferedService,
      validFrom,
      validUntil,
    },
    judgement,
  };
}

/** The catalogue entry that states a scheme's validity rule. */
export interface ValidityRuleSource {
  entryId: string;
  rule: ValidityRule;
}

/**
 * The validity rule of a scheme and type, from the loaded catalogue entries. The type must match
 * exactly: a C5 attestation without its type may be type 1 or type 2, whose rules differ, so it
 * has no rule (and is judged undetermined) rather than the more lenient one.
 */
export function validityRuleFor(
  entries: readonly CatalogueEntry[],
  scheme: string,
  type?: string,
): ValidityRuleSource | null {
  for (const entry of entries) {
    if (entry.kind !== 'attestation') continue;
    if (entry.attestation.scheme === scheme && entry.attestation.type === type) {
      return { entryId: entry.id, rule: entry.attestation.validityRule };
    }
  }
  return null;
}
