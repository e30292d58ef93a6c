import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import type { WrittenCell } from '../spreadsheets/xlsx.ts';
import { leavesInOrder } from './criteria.ts';
import { labelsOf } from './labels.ts';
import { offerValueNumber, offerValueText } from './offer-data.ts';

const costKeys = ['oneOff', 'migrationIn', 'recurringPerYear', 'egressPerYear', 'exit'] as const;

export type MatrixCell = WrittenCell;

/** The matrix as a table: a header row and one row per option. */
export interface Matrix {
  header: string[];
  rows: MatrixCell[][];
}

interface MatrixColumn {
  header: string;
  cell: (option: OptionsReviewReport['options'][number]) => MatrixCell;
}

/**
 * The matrix of a report: one row per option, one or more columns per award criterion with the
 * offer's data (answers in words, measured values, attestations, price or cost components) and,
 * for scored criteria, the consensus score as far as the caller may see it; with the rank and
 * score of the results where the caller sees them.
 */
export function reportMatrix(report: OptionsReviewReport, lang: ReportLanguage): Matrix {
  const labels = labelsOf(lang);
  const scheme = report.schemeVersion.scheme;
  const consensus = new Map(
    (report.scoring.consensus ?? []).map((score) => [
      `${score.optionId}/${score.criterionId}`,
      score.score,
    ]),
  );
  const columns: MatrixColumn[] = [
    { header: labels.option, cell: (option) => option.name },
    { header: labels.vendor, cell: (option) => option.vendorName },
    { header: labels.service, cell: (option) => option.serviceName },
  ];
  const ranking = new Map((report.results?.evaluation.ranking ?? []).map((bid) => [bid.id, bid]));
  if (report.results !== null) {
    columns.push(
      { header: labels.rank, cell: (option) => ranking.get(option.id)?.rank ?? null },
      { header: labels.totalScore, cell: (option) => ranking.get(option.id)?.score ?? null },
    );
  }
  for (const { node } of leavesInOrder(scheme)) {
    if (node.kind === 'group') continue;
    const title = node.title[lang];
    if (report.options.some((option) => option.offer.answers[node.id] !== undefined)) {
      columns.push({
        header: `${title}: ${labels.offerData}`,
        cell: (option) => option.offer.answers[node.id] ?? null,
      });
    }
    if (node.kind === 'ordinal') {
      columns.push({
        header: `${title}: ${labels.consensus} (${labels.scale(node.scale)})`,
        cell: (option) => consensus.get(`${option.id}/${node.id}`) ?? null,
      });
    } else if (node.kind === 'metric') {
      columns.push({
        header: `${title} (${node.unit})`,
        cell: (option) => offerValueNumber(option.offer, node),
      });
    } else if (node.kind === 'attestation') {
      columns.push({
        header: title,
        cell: (option) => offerValueText(option.offer, node, scheme.currency, lang),
      });
    } else if (scheme.price.kind === 'totalPrice') {
      columns.push({
        header: `${title}: ${labels.totalPrice} (${scheme.currency})`,
        cell: (option) => offerValueNumber(option.offer, node),
      });
    } else {
      for (const key of costKeys) {
        columns.push({
          header: `${title}: ${labels.costs[key]} (${scheme.currency})`,
          cell: (option) => {
            const price = option.offer.price;
            if (price?.kind !== 'lifeCycleCost') return null;
            const value = price.costs[key];
            return Array.isArray(value) ? value.join(' / ') : value;
          },
        });
      }
    }
  }
  return {
    header: columns.map((column) => column.header),
    rows: report.options.map((option) => columns.map((column) => column.cell(option))),
  };
}
