import type { FormErrors } from '#lib/forms/form-errors.ts';
import { textField } from '#lib/forms/form-data.ts';
import { isCalendarDate } from '#lib/options-reviews/decimal-input.ts';
import { euroInputValue, parseEuro } from './euro.ts';

// The form of the estimated contract value (§ 3 VgV): per lot of the tender, how its base value
// is known, the options and possible extensions with their values (§ 3 (1) S. 2 VgV), and prizes
// or payments to participants (§ 3 (1) S. 3 VgV). The API computes the value and the threshold;
// this reads the fields into its input and back. The estimate's lots are the tender's lots by
// id `lot-<number>`.

type Locale = 'de' | 'en';

export const basisKinds = [
  'totalPrice',
  'periodicPrice',
  'recurringPreviousYear',
  'recurringFollowingYear',
  'frameworkAgreement',
] as const;
export type BasisKind = (typeof basisKinds)[number];

export type ValueBasis =
  | { kind: 'totalPrice'; amount: string }
  | { kind: 'periodicPrice'; monthlyAmount: string; termMonths: number | null }
  | {
      kind: 'recurringPreviousYear';
      previousYearAmount: string;
      expectedIncrease?: string;
      expectedDecrease?: string;
    }
  | { kind: 'recurringFollowingYear'; amount: string }
  | { kind: 'frameworkAgreement'; callOffsAmount: string };

export interface ValueAddition {
  kind: 'option' | 'extension';
  description: string;
  amount: string;
}

export interface LotEstimate {
  id: string;
  title?: string;
  basis: ValueBasis;
  additions?: ValueAddition[];
  paymentsToParticipants?: string;
  suppliedByAuthority?: string;
}

export interface EstimateInput {
  contractKind: string;
  lots: LotEstimate[];
  smallLotIds?: string[];
}

/** Blank rows for options and extensions offered below the ones entered (no script needed). */
export const blankAdditionRows = 2;

/** What the fields of one lot show. */
export interface LotValueFields {
  number: number;
  title: string;
  basis: BasisKind;
  amount: string;
  termMonths: string;
  increase: string;
  decrease: string;
  payments: string;
  supplied: string;
  additions: { kind: 'option' | 'extension'; description: string; amount: string }[];
}

export interface ValueFields {
  estimatedOn: string;
  lots: LotValueFields[];
}

export const lotEstimateId = (number: number) => `lot-${number}`;

function primaryAmount(basis: ValueBasis): string {
  switch (basis.kind) {
    case 'totalPrice':
    case 'recurringFollowingYear':
      return basis.amount;
    case 'periodicPrice':
      return basis.monthlyAmount;
    case 'recurringPreviousYear':
      return basis.previousYearAmount;
    case 'frameworkAgreement':
      return basis.callOffsAmount;
  }
}

/** The fields as the stored estimate fills them, a blank lot for each lot it does not name. */
export function valueFields(
  estimate: EstimateInput | null,
  estimatedOn: string | null,
  lots: readonly { number: number; title: string }[],
  locale: Locale,
): ValueFields {
  const euro = (amount: string | undefined) =>
    amount === undefined || amount === '0' ? '' : euroInputValue(amount, locale);
  return {
    estimatedOn: estimatedOn ?? '',
    lots: lots.map((lot) => {
      const stored = estimate?.lots.find((item) => item.id === lotEstimateId(lot.number));
      const blank: LotValueFields = {
        number: lot.number,
        title: lot.title,
        basis: 'totalPrice',
        amount: '',
        termMonths: '',
        increase: '',
        decrease: '',
        payments: '',
        supplied: '',
        additions: [],
      };
      if (!stored) return blank;
      const basis = stored.basis;
      return {
        ...blank,
        basis: basis.kind,
        amount: euroInputValue(primaryAmount(basis), locale),
        termMonths:
          basis.kind === 'periodicPrice' && basis.termMonths !== null
            ? String(basis.termMonths)
            : '',
        increase: basis.kind === 'recurringPreviousYear' ? euro(basis.expectedIncrease) : '',
        decrease: basis.kind === 'recurringPreviousYear' ? euro(basis.expectedDecrease) : '',
        payments: euro(stored.paymentsToParticipants),
        supplied: euro(stored.suppliedByAuthority),
        additions: (stored.additions ?? []).map((addition) => ({
          kind: addition.kind,
          description: addition.description,
          amount: euroInputValue(addition.amount, locale),
        })),
      };
    }),
  };
}

/** The names of one lot's fields, shared by the form and its reading. */
export const valueFieldName = {
  basis: (lot: number) => `lot-${lot}-basis`,
  amount: (lot: number) => `lot-${lot}-amount`,
  termMonths: (lot: number) => `lot-${lot}-termMonths`,
  increase: (lot: number) => `lot-${lot}-increase`,
  decrease: (lot: number) => `lot-${lot}-decrease`,
  payments: (lot: number) => `lot-${lot}-payments`,
  supplied: (lot: number) => `lot-${lot}-supplied`,
  additionKind: (lot: number, row: number) => `lot-${lot}-addition-${row}-kind`,
  additionDescription: (lot: number, row: number) => `lot-${lot}-addition-${row}-description`,
  additionAmount: (lot: number, row: number) => `lot-${lot}-addition-${row}-amount`,
  additionRows: (lot: number) => `lot-${lot}-additionRows`,
};

export type ValueReading =
  | { ok: true; input: EstimateInput; estimatedOn: string | undefined; fields: ValueFields }
  | { ok: false; errors: FormErrors; fields: ValueFields };

/**
 * The submitted form as the API's estimate, or the messages next to each field that is not
 * filled in as it must be. Amounts are read in the page's language; an empty optional amount is
 * zero; an addition row counts once it has a description or an amount.
 */
export function readValueForm(
  data: FormData,
  lots: readonly { number: number; title: string }[],
  contractKind: string,
  locale: Locale,
): ValueReading {
  const errors: FormErrors['fields'] = {};
  const flag = (
    field: string,
    key:
      | 'form_field_required'
      | 'tenders_value_amount_invalid'
      | 'tenders_value_term_invalid'
      | 'tenders_value_date_invalid',
  ) => {
    (errors[field] ??= []).push({ key });
  };
  const fields: ValueFields = {
    estimatedOn: textField(data, 'estimatedOn').trim(),
    lots: [],
  };
  const estimate: LotEstimate[] = [];

  const amountOf = (field: string, required: boolean): string | undefined => {
    const text = textField(data, field).trim();
    if (text === '') {
      if (required) flag(field, 'form_field_required');
      return undefined;
    }
    const amount = parseEuro(text, locale);
    if (amount === null) flag(field, 'tenders_value_amount_invalid');
    return amount ?? undefined;
  };

  for (const lot of lots) {
    const name = (
      key: Exclude<
        keyof typeof valueFieldName,
        'additionKind' | 'additionDescription' | 'additionAmount'
      >,
    ) => valueFieldName[key](lot.number);
    const chosen = textField(data, name('basis'));
    const basisKind: BasisKind = (basisKinds as readonly string[]).includes(chosen)
      ? (chosen as BasisKind)
      : 'totalPrice';
    const rowCount = Math.min(
      50,
      Math.max(0, Number.parseInt(textField(data, name('additionRows')), 10) || 0),
    );
    const lotFields: LotValueFields = {
      number: lot.number,
      title: lot.title,
      basis: basisKind,
      amount: textField(data, name('amount')).trim(),
      termMonths: textField(data, name('termMonths')).trim(),
      increase: textField(data, name('increase')).trim(),
      decrease: textField(data, name('decrease')).trim(),
      payments: textField(data, name('payments')).trim(),
      supplied: textField(data, name('supplied')).trim(),
      additions: [],
    };
    fields.lots.push(lotFields);

    const amount = amountOf(name('amount'), true) ?? '0';
    let basis: ValueBasis;
    switch (basisKind) {
      case 'periodicPrice': {
        let termMonths: number | null = null;
        if (lotFields.termMonths !== '') {
          const months = Number(lotFields.termMonths);
          if (!Number.isInteger(months) || months < 1 || months > 1200) {
            flag(name('termMonths'), 'tenders_value_term_invalid');
          } else termMonths = months;
        }
        basis = { kind: 'periodicPrice', monthlyAmount: amount, termMonths };
        break;
      }
      case 'recurringPreviousYear':
        basis = {
          kind: 'recurringPreviousYear',
          previousYearAmount: amount,
          expectedIncrease: amountOf(name('increase'), false) ?? '0',
          expectedDecrease: amountOf(name('decrease'), false) ?? '0',
        };
        break;
      case 'recurringFollowingYear':
        basis = { kind: 'recurringFollowingYear', amount };
        break;
      case 'frameworkAgreement':
        basis = { kind: 'frameworkAgreement', callOffsAmount: amount };
        break;
      default:
        basis = { kind: 'totalPrice', amount };
    }

    const additions: ValueAddition[] = [];
    for (let row = 0; row < rowCount; row++) {
      const kindField = valueFieldName.additionKind(lot.number, row);
      const descriptionField = valueFieldName.additionDescription(lot.number, row);
      const amountField = valueFieldName.additionAmount(lot.number, row);
      const kind = textField(data, kindField) === 'extension' ? 'extension' : 'option';
      const description = textField(data, descriptionField).trim();
      const amountText = textField(data, amountField).trim();
      if (description === '' && amountText === '') continue;
      lotFields.additions.push({ kind, description, amount: amountText });
      if (description === '') flag(descriptionField, 'form_field_required');
      const additionAmount = amountOf(amountField, true);
      if (description !== '' && additionAmount !== undefined) {
        additions.push({ kind, description, amount: additionAmount });
      }
    }

    const payments = amountOf(name('payments'), false);
    const supplied = contractKind === 'works' ? amountOf(name('supplied'), false) : undefined;
    estimate.push({
      id: lotEstimateId(lot.number),
      basis,
      additions,
      ...(payments !== undefined && { paymentsToParticipants: payments }),
      ...(supplied !== undefined && { suppliedByAuthority: supplied }),
    });
  }

  if (fields.estimatedOn !== '' && !isCalendarDate(fields.estimatedOn)) {
    flag('estimatedOn', 'tenders_value_date_invalid');
  }
  if (Object.keys(errors).length > 0)
    return { ok: false, errors: { form: null, fields: errors }, fields };
  return {
    ok: true,
    input: { contractKind, lots: estimate },
    estimatedOn: fields.estimatedOn === '' ? undefined : fields.estimatedOn,
    fields,
  };
}

/**
 * Where the API's JSON pointers into the estimate land in the form: each lot's fields by the
 * lot's place in the estimate (`/estimatedValue/lots/0/basis/monthlyAmount` → the first lot's
 * amount), so a refusal stands next to the field it concerns.
 */
export function valuePointerFields(
  lots: readonly { number: number }[],
): Record<string, { field: string; message: 'form_field_invalid' }> {
  const fields: Record<string, { field: string; message: 'form_field_invalid' }> = {};
  const at = (pointer: string, field: string) => {
    fields[pointer] = { field, message: 'form_field_invalid' };
  };
  lots.forEach((lot, index) => {
    const base = `/estimatedValue/lots/${index}`;
    at(`${base}/basis/kind`, valueFieldName.basis(lot.number));
    for (const amount of ['amount', 'monthlyAmount', 'previousYearAmount', 'callOffsAmount']) {
      at(`${base}/basis/${amount}`, valueFieldName.amount(lot.number));
    }
    at(`${base}/basis/termMonths`, valueFieldName.termMonths(lot.number));
    at(`${base}/basis/expectedIncrease`, valueFieldName.increase(lot.number));
    at(`${base}/basis/expectedDecrease`, valueFieldName.decrease(lot.number));
    at(`${base}/paymentsToParticipants`, valueFieldName.payments(lot.number));
    at(`${base}/suppliedByAuthority`, valueFieldName.supplied(lot.number));
  });
  at('/estimatedOn', 'estimatedOn');
  return fields;
}
