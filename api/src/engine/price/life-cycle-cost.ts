import { add, div, fromDecimal, ONE, pow, sum, type Rational } from '../arithmetic/rational.ts';

/** A bid's costs over the contract term, in one currency, as decimals. */
export interface LifeCycleCostInput {
  /** Contract term in whole years. */
  termYears: number;
  /** Paid once at the start: licences bought, set-up, hardware. */
  oneOff: number | string;
  /** Paid once at the start: moving data and processes in. */
  migrationIn: number | string;
  /** Paid every year of the term: operation, subscriptions, support. One value or one per year. */
  recurringPerYear: number | string | readonly (number | string)[];
  /** Paid every year of the term for data leaving the provider. */
  egressPerYear: number | string;
  /** Paid once at the end: moving out, data return, deletion. */
  exit: number | string;
  /** Yearly discount rate for the net present value, e.g. 0.03; none means undiscounted. */
  discountRate?: number | string;
}

export interface LifeCycleCost {
  /** Undiscounted total over the term. */
  total: Rational;
  /** Net present value at the start of the term; equals `total` without a discount rate. */
  presentValue: Rational;
  /** The cost falling in each year, year 0 being the start of the term. */
  byYear: Rational[];
}

/**
 * Life-cycle cost over the contract term (Directive 2014/24/EU, Art. 68). Start-up costs fall in
 * year 0, recurring costs at the end of each year 1…T, exit costs at the end of year T; the present
 * value discounts year t by (1 + r)^t.
 */
export function lifeCycleCost(input: LifeCycleCostInput): LifeCycleCost {
  const { termYears } = input;
  if (!Number.isInteger(termYears) || termYears < 1 || termYears > 50) {
    throw new RangeError('termYears must be a whole number of years from 1 to 50');
  }
  const recurring = Array.isArray(input.recurringPerYear)
    ? input.recurringPerYear.map((value) => fromDecimal(value))
    : Array.from({ length: termYears }, () =>
        fromDecimal(input.recurringPerYear as number | string),
      );
  if (recurring.length !== termYears) {
    throw new RangeError(`recurringPerYear needs one value per year of the term (${termYears})`);
  }
  const egress = fromDecimal(input.egressPerYear);
  const byYear: Rational[] = [add(fromDecimal(input.oneOff), fromDecimal(input.migrationIn))];
  for (let year = 1; year <= termYears; year++) {
    const cost = add(recurring[year - 1]!, egress);
    byYear.push(year === termYears ? add(cost, fromDecimal(input.exit)) : cost);
  }
  const total = sum(byYear);
  if (input.discountRate === undefined) return { total, presentValue: total, byYear };
  const rate = fromDecimal(input.discountRate);
  if (rate.n < 0n) throw new RangeError('discountRate cannot be negative');
  const factor = add(ONE, rate);
  const presentValue = sum(byYear.map((cost, year) => div(cost, pow(factor, year))));
  return { total, presentValue, byYear };
}
