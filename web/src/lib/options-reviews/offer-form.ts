import type { components } from '@tenderwise/schema/openapi-types';
import type { MessageKey } from '#lib/i18n/message.ts';
import { decimalInputValue, isCalendarDate, parseDecimal } from './decimal-input.ts';
import type { AwardNode, EvaluationScheme } from './scheme-tree.ts';

// The form of one option: its name, vendor and service, and the offer's data per criterion of
// the review's scheme. What the form shows and what it sends are plain field values by name, so
// a refused submission shows exactly what was typed. Field names use ':' between their parts,
// which criterion ids never contain.

export type OptionOffer = components['schemas']['OptionOffer'];
type Locale = 'de' | 'en';

/** The legal types whose criteria an offer answers in words, in the order of the stages. */
export const answerSections = [
  { list: 'exclusionGrounds', legalType: 'exclusion' },
  { list: 'restrictedRequirements', legalType: 'restricted' },
  { list: 'suitability', legalType: 'suitability' },
  { list: 'minimumRequirements', legalType: 'minimum' },
  { list: 'conditions', legalType: 'condition' },
] as const;

export type LegalType = (typeof answerSections)[number]['legalType'] | 'award';

/** One attestation the offer may rely on: a rule of the criterion, or evidence stored already. */
export interface EvidenceRow {
  scheme: string;
  type: string | null;
  /** Field names: the row's hidden scheme and type, and what is typed. */
  names: { scheme: string; type: string; covers: string; validFrom: string; validUntil: string };
}

export const priceParts = {
  totalPrice: ['amount'],
  lifeCycleCost: ['oneOff', 'migrationIn', 'recurringPerYear', 'egressPerYear', 'exit'],
} as const;
export type PricePart = (typeof priceParts)[keyof typeof priceParts][number];

/** Field names, by what they hold. */
export const fieldName = {
  answer: (criterionId: string) => `answer:${criterionId}`,
  metric: (leafId: string) => `metric:${leafId}`,
  price: (part: PricePart) => `price:${part}`,
  evidence: (leafId: string, row: number, part: keyof EvidenceRow['names']) =>
    `evidence:${leafId}:${row}:${part}`,
};

/** The attestation rows of a leaf: its stored evidence, then a row for every rule not covered. */
export function evidenceRows(
  leaf: Extract<AwardNode, { kind: 'attestation' }>,
  stored: readonly { scheme: string; type?: string }[],
): EvidenceRow[] {
  const kinds = stored.map((item) => ({ scheme: item.scheme, type: item.type ?? null }));
  for (const rule of leaf.rules) {
    const type = rule.type ?? null;
    if (!kinds.some((kind) => kind.scheme === rule.scheme && kind.type === type)) {
      kinds.push({ scheme: rule.scheme, type });
    }
  }
  return kinds.map((kind, row) => ({
    ...kind,
    names: {
      scheme: fieldName.evidence(leaf.id, row, 'scheme'),
      type: fieldName.evidence(leaf.id, row, 'type'),
      covers: fieldName.evidence(leaf.id, row, 'covers'),
      validFrom: fieldName.evidence(leaf.id, row, 'validFrom'),
      validUntil: fieldName.evidence(leaf.id, row, 'validUntil'),
    },
  }));
}

/** Values of the form's fields by name; a ticked checkbox is 'on'. */
export type FieldValues = Record<string, string>;

/** The form's values for an option as stored (or for a new option, without one). */
export function offerFieldValues(
  scheme: EvaluationScheme | null,
  option: {
    name: string;
    vendorName: string | null;
    serviceName: string | null;
    offer: OptionOffer;
  } | null,
  locale: Locale,
): FieldValues {
  const values: FieldValues = {
    name: option?.name ?? '',
    vendorName: option?.vendorName ?? '',
    serviceName: option?.serviceName ?? '',
  };
  if (!option) return values;
  const { offer } = option;
  for (const [id, answer] of Object.entries(offer.answers)) values[fieldName.answer(id)] = answer;
  for (const leaf of scheme?.award ?? []) {
    const assessment = offer.assessments[leaf.id];
    if (leaf.kind === 'metric' && assessment?.kind === 'metric') {
      values[fieldName.metric(leaf.id)] = decimalInputValue(assessment.value, locale);
    }
    if (leaf.kind === 'attestation') {
      const stored = assessment?.kind === 'attestation' ? assessment.evidence : [];
      evidenceRows(leaf, stored).forEach((row, index) => {
        const evidence = stored[index];
        values[row.names.scheme] = row.scheme;
        values[row.names.type] = row.type ?? '';
        if (evidence) {
          values[row.names.validFrom] = evidence.validFrom;
          values[row.names.validUntil] = evidence.validUntil;
          values[row.names.covers] = evidence.coversOfferedService ? 'on' : '';
        }
      });
    }
  }
  const price = offer.price;
  if (price?.kind === 'totalPrice') {
    values[fieldName.price('amount')] = decimalInputValue(price.amount, locale);
  } else if (price?.kind === 'lifeCycleCost') {
    for (const part of priceParts.lifeCycleCost) {
      const value = price.costs[part];
      values[fieldName.price(part)] = Array.isArray(value)
        ? value.map((year) => decimalInputValue(year, locale)).join('; ')
        : decimalInputValue(value, locale);
    }
  }
  return values;
}

/** The values of the fields a submitted form carries, by name. */
export function submittedValues(data: FormData): FieldValues {
  const values: FieldValues = {};
  for (const [name, value] of data) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** The option read from the form, ready to send, with the API's pointers to its fields. */
export interface ReadOption {
  name: string;
  vendorName?: string;
  serviceName?: string;
  offer: OptionOffer;
}

export type OptionReading =
  | { ok: true; option: ReadOption; fieldOfPointer: Record<string, string> }
  | { ok: false; errors: Record<string, MessageKey[]> };

/**
 * Reads a submitted option form against the scheme it was shown for: answers in words, measured
 * values and prices as numbers in the user's language, attestations with both dates. Empty
 * fields leave that part of the offer out, so an option is filled in step by step; a cost that
 * is given needs all its components (0 where none arises).
 */
export function readOptionForm(
  scheme: EvaluationScheme | null,
  values: FieldValues,
  locale: Locale,
): OptionReading {
  const errors: Record<string, MessageKey[]> = {};
  const fail = (field: string, key: MessageKey) => {
    (errors[field] ??= []).push(key);
  };
  const text = (name: string) => (values[name] ?? '').trim();
  const fieldOfPointer: Record<string, string> = {
    '/name': 'name',
    '/vendorName': 'vendorName',
    '/serviceName': 'serviceName',
  };

  const name = text('name');
  if (name === '') fail('name', 'form_field_required');

  const answers: Record<string, string> = {};
  const assessments: OptionOffer['assessments'] = {};
  const answerable: readonly { id: string }[] = [
    ...answerSections.flatMap((section): readonly { id: string }[] => scheme?.[section.list] ?? []),
    ...(scheme?.award ?? []).filter((node) => node.kind !== 'group'),
  ];
  for (const criterion of answerable) {
    const field = fieldName.answer(criterion.id);
    fieldOfPointer[`/offer/answers/${criterion.id}`] = field;
    if (text(field) !== '') answers[criterion.id] = text(field);
  }

  for (const leaf of scheme?.award ?? []) {
    if (leaf.kind === 'metric') {
      const field = fieldName.metric(leaf.id);
      fieldOfPointer[`/offer/assessments/${leaf.id}`] = field;
      fieldOfPointer[`/offer/assessments/${leaf.id}/value`] = field;
      if (text(field) === '') continue;
      const value = parseDecimal(text(field), locale);
      if (value === null) fail(field, 'review_number_invalid');
      else assessments[leaf.id] = { kind: 'metric', value };
    }
    if (leaf.kind === 'attestation') {
      fieldOfPointer[`/offer/assessments/${leaf.id}`] = fieldName.answer(leaf.id);
      const evidence = readEvidence(leaf.id, values, fail, fieldOfPointer);
      if (evidence.length > 0) assessments[leaf.id] = { kind: 'attestation', evidence };
    }
  }

  const price = scheme
    ? readPrice(scheme.price.kind, values, locale, fail, fieldOfPointer)
    : undefined;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const vendorName = text('vendorName');
  const serviceName = text('serviceName');
  return {
    ok: true,
    option: {
      name,
      ...(vendorName !== '' && { vendorName }),
      ...(serviceName !== '' && { serviceName }),
      offer: { answers, assessments, ...(price !== undefined && { price }) },
    },
    fieldOfPointer,
  };
}

type Evidence = Extract<OptionOffer['assessments'][string], { kind: 'attestation' }>['evidence'];

/** The rows of an attestation leaf with both dates given, in the order shown. */
function readEvidence(
  leafId: string,
  values: FieldValues,
  fail: (field: string, key: MessageKey) => void,
  fieldOfPointer: Record<string, string>,
): Evidence {
  const evidence: Evidence = [];
  for (let row = 0; values[fieldName.evidence(leafId, row, 'scheme')] !== undefined; row++) {
    const value = (part: keyof EvidenceRow['names']) =>
      (values[fieldName.evidence(leafId, row, part)] ?? '').trim();
    const from = fieldName.evidence(leafId, row, 'validFrom');
    const until = fieldName.evidence(leafId, row, 'validUntil');
    if (value('validFrom') === '' && value('validUntil') === '') continue;
    let complete = true;
    for (const [part, field] of [
      ['validFrom', from],
      ['validUntil', until],
    ] as const) {
      if (value(part) === '') {
        fail(field, 'review_evidence_dates_required');
        complete = false;
      } else if (!isCalendarDate(value(part))) {
        fail(field, 'review_date_invalid');
        complete = false;
      }
    }
    if (!complete) continue;
    if (value('validUntil') < value('validFrom')) {
      fail(until, 'review_evidence_expires_before_valid');
      continue;
    }
    const pointer = `/offer/assessments/${leafId}/evidence/${evidence.length}`;
    fieldOfPointer[pointer] = from;
    fieldOfPointer[`${pointer}/validFrom`] = from;
    fieldOfPointer[`${pointer}/validUntil`] = until;
    const type = value('type');
    evidence.push({
      scheme: value('scheme'),
      ...(type !== '' && { type }),
      coversOfferedService: value('covers') === 'on',
      validFrom: value('validFrom'),
      validUntil: value('validUntil'),
    });
  }
  return evidence;
}

/** The price in the scheme's basis, when any part of it is given. */
function readPrice(
  basis: keyof typeof priceParts,
  values: FieldValues,
  locale: Locale,
  fail: (field: string, key: MessageKey) => void,
  fieldOfPointer: Record<string, string>,
): OptionOffer['price'] {
  const parts = priceParts[basis];
  const typed = (part: PricePart) => (values[fieldName.price(part)] ?? '').trim();
  for (const part of parts) {
    fieldOfPointer[basis === 'totalPrice' ? '/offer/price/amount' : `/offer/price/costs/${part}`] =
      fieldName.price(part);
  }
  if (parts.every((part) => typed(part) === '')) return undefined;
  const numbers: Partial<Record<PricePart, number | number[]>> = {};
  for (const part of parts) {
    const field = fieldName.price(part);
    if (typed(part) === '') {
      fail(field, 'review_price_part_required');
      continue;
    }
    // Recurring costs: one value for every year, or one per year separated by semicolons.
    const pieces = part === 'recurringPerYear' ? typed(part).split(';') : [typed(part)];
    const read = pieces.map((piece) => parseDecimal(piece, locale));
    if (read.some((value) => value === null)) {
      fail(field, 'review_number_invalid');
      continue;
    }
    const numbersRead = read as number[];
    numbers[part] = numbersRead.length === 1 ? numbersRead[0]! : numbersRead;
  }
  if (parts.some((part) => numbers[part] === undefined)) return undefined;
  if (basis === 'totalPrice') return { kind: 'totalPrice', amount: numbers.amount as number };
  return {
    kind: 'lifeCycleCost',
    costs: {
      oneOff: numbers.oneOff as number,
      migrationIn: numbers.migrationIn as number,
      recurringPerYear: numbers.recurringPerYear as number | number[],
      egressPerYear: numbers.egressPerYear as number,
      exit: numbers.exit as number,
    },
  };
}
