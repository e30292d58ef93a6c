import type {
  ContractValue,
  ContractValueInput,
  LocalizedText,
  LotValueInput,
  ValueStep,
} from '@tenderwise/schema';
import {
  add,
  compare,
  div,
  fromDecimal,
  mul,
  rational,
  sub,
  sum,
  toFixedHalfEven,
  ZERO,
  type Rational,
} from '../../engine/arithmetic/rational.ts';
import { ValidationError } from '../errors.ts';
import { euro, euroText } from './euro.ts';

/** § 3 (11) Nr. 2 VgV: an indefinite term, or one over 48 months, counts 48 monthly values. */
const MONTHS_COUNTED = 48;

/**
 * § 3 (9) VgV: lots below these net values may be awarded outside the EU rules, as long as
 * together they make at most 20 % of the value of all lots (Art. 5 (10) Directive 2014/24/EU).
 */
const SMALL_LOT_LIMIT = { works: fromDecimal('1000000'), other: fromDecimal('80000') };
const SMALL_LOT_SHARE = rational(20n, 100n);

/**
 * The estimated value of a contract under § 3 VgV, net of VAT, with each step explained: every
 * lot's value (its base, options and extensions, payments to participants, supplies provided for
 * works), then the value of all lots together, which is what the threshold is compared with
 * (§ 3 (7), (8) VgV). Exact decimal arithmetic throughout: a value one cent below a threshold stays
 * below it.
 *
 * Where § 3 (11) Nr. 2 VgV (48 monthly values) would count less than a fixed term longer than 48
 * months, the full term is taken (§ 3 (1) VgV, the stricter reading; ADR 0034).
 */
export function estimateContractValue(input: ContractValueInput): ContractValue {
  const steps: ValueStep[] = [];
  const lots = input.lots.map((lot, index) => {
    const value = lotValue(lot, index, input.contractKind, steps);
    return { id: lot.id, value };
  });
  const total = sum(lots.map((lot) => lot.value));
  if (lots.length === 1) {
    steps.push({
      paragraph: '§ 3 Abs. 1 VgV',
      text: {
        de: `Ein Auftrag ohne Lose: sein Wert ist der Auftragswert, ${euroText(total).de}.`,
        en: `A contract without lots: its value is the contract value, ${euroText(total).en}.`,
      },
      amount: euro(total),
    });
  } else {
    steps.push({
      paragraph:
        input.contractKind === 'suppliesServices'
          ? '§ 3 Abs. 7 S. 1, Abs. 8 VgV'
          : '§ 3 Abs. 7 S. 1 VgV',
      text: {
        de: `Die Werte aller ${lots.length} Lose werden zusammengerechnet: ${euroText(total).de}. Erreicht diese Summe den Schwellenwert, gelten die EU-Regeln für jedes Los (§ 3 Abs. 7 VgV).`,
        en: `The values of all ${lots.length} lots are added together: ${euroText(total).en}. Where the sum reaches the threshold, the EU rules apply to every lot (§ 3 (7) VgV).`,
      },
      amount: euro(total),
    });
  }
  const result: ContractValue = {
    value: euro(total),
    lots: lots.map((lot) => ({ id: lot.id, value: euro(lot.value) })),
    steps,
  };
  if (input.smallLotIds.length > 0) {
    result.smallLots = checkSmallLots(input, lots, total);
  }
  return result;
}

function lotValue(
  lot: LotValueInput,
  index: number,
  contractKind: ContractValueInput['contractKind'],
  steps: ValueStep[],
): Rational {
  const step = (paragraph: string, text: LocalizedText, amount: Rational) =>
    steps.push({ lotId: lot.id, paragraph, text, amount: euro(amount) });
  let value = baseValue(lot, index, step);
  for (const addition of lot.additions) {
    const amount = fromDecimal(addition.amount);
    value = add(value, amount);
    const what =
      addition.kind === 'option'
        ? { de: 'Option', en: 'Option' }
        : { de: 'Mögliche Verlängerung', en: 'Possible extension' };
    step(
      '§ 3 Abs. 1 S. 2 VgV',
      {
        de: `${what.de} „${addition.description}“: ${euroText(amount).de} hinzu.`,
        en: `${what.en} "${addition.description}": ${euroText(amount).en} added.`,
      },
      amount,
    );
  }
  const payments = fromDecimal(lot.paymentsToParticipants);
  if (compare(payments, ZERO) > 0) {
    value = add(value, payments);
    step(
      contractKind === 'designContest' ? '§ 3 Abs. 12 VgV' : '§ 3 Abs. 1 S. 3 VgV',
      {
        de: `Preisgelder und Zahlungen an Bewerber oder Bieter: ${euroText(payments).de} hinzu.`,
        en: `Prizes and payments to candidates or bidders: ${euroText(payments).en} added.`,
      },
      payments,
    );
  }
  const supplied = fromDecimal(lot.suppliedByAuthority);
  if (compare(supplied, ZERO) > 0) {
    value = add(value, supplied);
    step(
      '§ 3 Abs. 6 VgV',
      {
        de: `Vom Auftraggeber für die Bauleistung bereitgestellte Liefer- und Dienstleistungen: ${euroText(supplied).de} hinzu.`,
        en: `Supplies and services the authority provides for the works: ${euroText(supplied).en} added.`,
      },
      supplied,
    );
  }
  step(
    '§ 3 Abs. 1 VgV',
    {
      de: `Wert des Loses: ${euroText(value).de}.`,
      en: `Value of the lot: ${euroText(value).en}.`,
    },
    value,
  );
  return value;
}

type Step = (paragraph: string, text: LocalizedText, amount: Rational) => void;

function baseValue(lot: LotValueInput, index: number, step: Step): Rational {
  const basis = lot.basis;
  switch (basis.kind) {
    case 'totalPrice': {
      const amount = fromDecimal(basis.amount);
      step(
        '§ 3 Abs. 1 S. 1 VgV',
        {
          de: `Voraussichtlicher Gesamtwert der Leistung ohne Umsatzsteuer: ${euroText(amount).de}.`,
          en: `Expected total value of the contract net of VAT: ${euroText(amount).en}.`,
        },
        amount,
      );
      return amount;
    }
    case 'frameworkAgreement': {
      const amount = fromDecimal(basis.callOffsAmount);
      step(
        '§ 3 Abs. 4 VgV',
        {
          de: `Rahmenvereinbarung: Gesamtwert aller während der Laufzeit geplanten Einzelaufträge, ${euroText(amount).de}.`,
          en: `Framework agreement: total value of all call-offs planned over its term, ${euroText(amount).en}.`,
        },
        amount,
      );
      return amount;
    }
    case 'periodicPrice':
      return periodicValue(fromDecimal(basis.monthlyAmount), basis.termMonths, step);
    case 'recurringFollowingYear': {
      const amount = fromDecimal(basis.amount);
      step(
        '§ 3 Abs. 10 Nr. 2 VgV',
        {
          de: `Wiederkehrender Auftrag: geschätzter Gesamtwert der Aufträge in den zwölf Monaten nach der ersten Lieferung (oder im längeren folgenden Haushaltsjahr), ${euroText(amount).de}.`,
          en: `Recurring contract: estimated total value of the contracts in the twelve months after the first delivery (or the following financial year, if longer), ${euroText(amount).en}.`,
        },
        amount,
      );
      return amount;
    }
    case 'recurringPreviousYear': {
      const previous = fromDecimal(basis.previousYearAmount);
      const amount = sub(
        add(previous, fromDecimal(basis.expectedIncrease)),
        fromDecimal(basis.expectedDecrease),
      );
      if (compare(amount, ZERO) < 0) {
        throw new ValidationError(
          'The expected decrease is larger than the previous year’s value.',
          [
            {
              in: 'body',
              pointer: `/lots/${index}/basis/expectedDecrease`,
              detail:
                'The expected decrease cannot exceed the previous year’s value plus the expected increase.',
            },
          ],
        );
      }
      step(
        '§ 3 Abs. 10 Nr. 1 VgV',
        {
          de: `Wiederkehrender Auftrag: tatsächlicher Wert des vorangegangenen Haushalts- oder Geschäftsjahres, ${euroText(previous).de}, angepasst um die in den folgenden zwölf Monaten erwarteten Änderungen: ${euroText(amount).de}.`,
          en: `Recurring contract: actual value of the previous financial year, ${euroText(previous).en}, adjusted for the changes expected over the following twelve months: ${euroText(amount).en}.`,
        },
        amount,
      );
      return amount;
    }
  }
}

function periodicValue(monthly: Rational, termMonths: number | null, step: Step): Rational {
  const counted = mul(monthly, rational(MONTHS_COUNTED));
  if (termMonths === null) {
    step(
      '§ 3 Abs. 11 Nr. 2 VgV',
      {
        de: `Kein Gesamtpreis, unbestimmte Laufzeit: 48 × Monatswert ${euroText(monthly).de} = ${euroText(counted).de}.`,
        en: `No total price, indefinite term: 48 × monthly value ${euroText(monthly).en} = ${euroText(counted).en}.`,
      },
      counted,
    );
    return counted;
  }
  const overTerm = mul(monthly, rational(termMonths));
  if (termMonths <= MONTHS_COUNTED) {
    step(
      '§ 3 Abs. 11 Nr. 1 VgV',
      {
        de: `Kein Gesamtpreis, Laufzeit ${termMonths} Monate (bis zu 48, Verlängerungen eingerechnet): Wert für die ganze Laufzeit, ${termMonths} × ${euroText(monthly).de} = ${euroText(overTerm).de}.`,
        en: `No total price, term of ${termMonths} months (up to 48, extensions included): value for the whole term, ${termMonths} × ${euroText(monthly).en} = ${euroText(overTerm).en}.`,
      },
      overTerm,
    );
    return overTerm;
  }
  step(
    '§ 3 Abs. 1, Abs. 11 Nr. 2 VgV',
    {
      de: `Kein Gesamtpreis, feste Laufzeit ${termMonths} Monate: § 3 Abs. 11 Nr. 2 VgV ergäbe 48 × ${euroText(monthly).de} = ${euroText(counted).de}; angesetzt wird der höhere Wert der ganzen Laufzeit, ${termMonths} × ${euroText(monthly).de} = ${euroText(overTerm).de}, weil § 3 Abs. 1 VgV den voraussichtlichen Gesamtwert verlangt (strengere Lesart, ADR 0034).`,
      en: `No total price, fixed term of ${termMonths} months: § 3 (11) Nr. 2 VgV would give 48 × ${euroText(monthly).en} = ${euroText(counted).en}; the higher value of the whole term is taken, ${termMonths} × ${euroText(monthly).en} = ${euroText(overTerm).en}, since § 3 (1) VgV asks for the expected total value (the stricter reading, ADR 0034).`,
    },
    overTerm,
  );
  return overTerm;
}

/**
 * § 3 (9) VgV: the lots named may be awarded outside the EU rules only if each is below € 80,000
 * (supplies and services) or € 1,000,000 (works) net, and together they make at most 20 % of the
 * value of all lots.
 */
function checkSmallLots(
  input: ContractValueInput,
  lots: readonly { id: string; value: Rational }[],
  total: Rational,
): NonNullable<ContractValue['smallLots']> {
  const limit = input.contractKind === 'works' ? SMALL_LOT_LIMIT.works : SMALL_LOT_LIMIT.other;
  const named = lots.filter((lot) => input.smallLotIds.includes(lot.id));
  const namedTotal = sum(named.map((lot) => lot.value));
  const share = compare(total, ZERO) === 0 ? ZERO : div(namedTotal, total);
  const tooLarge = named.filter((lot) => compare(lot.value, limit) >= 0).map((lot) => lot.id);
  const overShare = compare(share, SMALL_LOT_SHARE) > 0;
  const permitted = tooLarge.length === 0 && !overShare;
  const percent = (digits: number) => toFixedHalfEven(mul(share, rational(100n)), digits);
  const reasons: LocalizedText[] = [];
  if (tooLarge.length > 0) {
    reasons.push({
      de: `nicht unter ${euroText(limit).de}: ${tooLarge.join(', ')}`,
      en: `not below ${euroText(limit).en}: ${tooLarge.join(', ')}`,
    });
  }
  if (overShare) {
    reasons.push({
      de: `zusammen ${percent(2).replace('.', ',')} % des Gesamtwerts aller Lose, mehr als 20 %`,
      en: `together ${percent(2)} % of the value of all lots, more than 20 %`,
    });
  }
  const explanation: LocalizedText = permitted
    ? {
        de: `Die Lose ${named.map((lot) => lot.id).join(', ')} liegen je unter ${euroText(limit).de} und machen zusammen ${euroText(namedTotal).de} aus, ${percent(2).replace('.', ',')} % des Gesamtwerts (höchstens 20 %): Sie dürfen nach § 3 Abs. 9 VgV ohne EU-Verfahren vergeben werden.`,
        en: `The lots ${named.map((lot) => lot.id).join(', ')} are each below ${euroText(limit).en} and together make ${euroText(namedTotal).en}, ${percent(2)} % of the total value (at most 20 %): they may be awarded without an EU procedure under § 3 (9) VgV.`,
      }
    : {
        de: `Die Ausnahme des § 3 Abs. 9 VgV greift nicht (${reasons.map((reason) => reason.de).join('; ')}): Alle Lose sind nach den EU-Regeln zu vergeben, wenn der Gesamtwert den Schwellenwert erreicht.`,
        en: `The exemption of § 3 (9) VgV does not apply (${reasons.map((reason) => reason.en).join('; ')}): every lot is to be awarded under the EU rules where the total value reaches the threshold.`,
      };
  return {
    lotIds: named.map((lot) => lot.id),
    total: euro(namedTotal),
    share: toFixedHalfEven(share, 4),
    permitted,
    explanation,
  };
}
