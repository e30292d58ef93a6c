import type {
  LocalizedText,
  ThresholdClassification,
  ThresholdQuery,
  ThresholdRow,
  ThresholdTable,
} from '@tenderwise/schema';
import { compare, fromDecimal, sub } from '../../engine/arithmetic/rational.ts';
import { ValidationError } from '../errors.ts';
import { euro, euroText } from './euro.ts';
import { thresholdConsequence } from './threshold-consequences.ts';

/**
 * Whether an estimated value reaches the EU threshold, by the table valid on the day it was
 * estimated (§ 3 (3) VgV: the day the notice is sent or the procedure otherwise begins), so a
 * value estimated in 2025 is judged by the 2024–2025 amounts. A value exactly at the threshold
 * reaches it: Part 4 of the GWB applies to values that "erreicht oder überschreitet" the threshold
 * (§ 106 (1) GWB). Compared exactly, as decimals.
 *
 * Throws a {@link ValidationError} when the table has no threshold for the combination (a
 * VSVgV design contest, a SektVO contract of an authority that is no sector entity) or none valid
 * on that day (the table must then be extended with the new period's amounts).
 */
export function classifyThreshold(
  table: Pick<ThresholdTable, 'rows'>,
  query: ThresholdQuery,
): ThresholdClassification {
  const row = thresholdRowOn(table, query);
  const value = fromDecimal(query.value);
  const threshold = fromDecimal(row.amount);
  const reached = compare(value, threshold) >= 0;
  const margin = sub(threshold, value);
  return {
    position: reached ? 'above' : 'below',
    value: euro(value),
    threshold: row,
    margin: euro(margin),
    consequence: thresholdConsequence(query.regime, query.contractKind, reached),
    explanation: explain(query, row, reached),
  };
}

/** The one row for the query's regime, authority kind and contract kind valid on its day. */
export function thresholdRowOn(
  table: Pick<ThresholdTable, 'rows'>,
  query: Omit<ThresholdQuery, 'value'>,
): ThresholdRow {
  const matching = table.rows.filter(
    (row) =>
      row.regime === query.regime &&
      row.contractKind === query.contractKind &&
      row.authorityKinds.includes(query.authorityKind),
  );
  if (matching.length === 0) {
    throw new ValidationError(
      `There is no EU threshold for a ${query.contractKind} contract of a ${query.authorityKind} under the ${query.regime}.`,
      [
        {
          in: 'body',
          pointer: '/contractKind',
          detail: `The ${query.regime} has no threshold for ${query.contractKind} awarded by ${query.authorityKind}; check the regime, the kind of authority and the kind of contract.`,
        },
      ],
    );
  }
  const valid = matching.filter((row) => row.validFrom <= query.on && query.on <= row.validUntil);
  if (valid.length > 1) {
    // The table's schema forbids overlaps; a table built otherwise is refused, not guessed at.
    throw new ValidationError(
      `The table of EU thresholds has more than one amount valid on ${query.on}: ${valid.map((row) => row.id).join(', ')}.`,
      [{ in: 'body', pointer: '/on', detail: 'The thresholds overlap on this day.' }],
    );
  }
  if (valid.length === 0) {
    const periods = matching
      .map((row) => `${row.validFrom} to ${row.validUntil}`)
      .sort()
      .join(', ');
    throw new ValidationError(`The table of EU thresholds has no amount valid on ${query.on}.`, [
      {
        in: 'body',
        pointer: '/on',
        detail: `No threshold for ${query.regime}, ${query.authorityKind}, ${query.contractKind} is valid on ${query.on}; the table covers ${periods}.`,
      },
    ]);
  }
  return valid[0]!;
}

function explain(query: ThresholdQuery, row: ThresholdRow, reached: boolean): LocalizedText {
  const value = euroText(fromDecimal(query.value));
  const amount = euroText(fromDecimal(row.amount));
  const source = row.sources.find((item) => item.name.includes('Delegated')) ?? row.sources[0]!;
  return reached
    ? {
        de: `Der geschätzte Auftragswert von ${value.de} erreicht oder überschreitet den am ${query.on} geltenden Schwellenwert von ${amount.de} (${row.validFrom} bis ${row.validUntil}; ${source.name}): Teil 4 des GWB gilt (§ 106 Abs. 1 GWB).`,
        en: `The estimated value of ${value.en} reaches or exceeds the threshold of ${amount.en} valid on ${query.on} (${row.validFrom} to ${row.validUntil}; ${source.name}): Part 4 of the GWB applies (§ 106 (1) GWB).`,
      }
    : {
        de: `Der geschätzte Auftragswert von ${value.de} liegt unter dem am ${query.on} geltenden Schwellenwert von ${amount.de} (${row.validFrom} bis ${row.validUntil}; ${source.name}): Teil 4 des GWB gilt nicht (§ 106 Abs. 1 GWB).`,
        en: `The estimated value of ${value.en} is below the threshold of ${amount.en} valid on ${query.on} (${row.validFrom} to ${row.validUntil}; ${source.name}): Part 4 of the GWB does not apply (§ 106 (1) GWB).`,
      };
}
