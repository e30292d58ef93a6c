import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { fontNames, type Pdf } from '../pdf/document.ts';
import { drawTable } from '../pdf/table.ts';
import { formatMoney, formatNumber } from './formats.ts';
import type { ReportLabels } from './labels.ts';

type Results = NonNullable<OptionsReviewReport['results']>;

interface Section {
  doc: Pdf;
  report: OptionsReviewReport;
  lang: ReportLanguage;
  labels: ReportLabels;
  heading: (text: string, size?: number) => void;
  paragraph: (text: string, size?: number) => void;
}

const percent = (share: number, lang: ReportLanguage) => `${formatNumber(share * 100, lang, 1)} %`;

/**
 * The ranking with each option's contributions, the sensitivity summary, and the advisory
 * methods, each labelled as advisory; or why the caller sees no results.
 */
export function writeResults(section: Section): void {
  const { report, labels, heading, paragraph } = section;
  heading(labels.ranking);
  if (report.results === null) {
    const unavailable = report.resultsUnavailable;
    if (unavailable?.reason === 'incomplete') {
      paragraph(labels.resultsIncomplete, 9);
      // The engine names what is missing in English only.
      if (section.lang === 'en') paragraph(unavailable.detail, 9);
    } else paragraph(labels.resultsBlind, 9);
    return;
  }
  writeRanking(section, report.results);
  writeSensitivity(section, report.results);
  writeAdvisory(section, report.results);
}

function names(results: Results): Map<string, string> {
  return new Map(results.options.map((option) => [option.id, option.name]));
}

function criterionTitles(results: Results, lang: ReportLanguage): Map<string, string> {
  return new Map(results.criteria.map((criterion) => [criterion.id, criterion.title[lang]]));
}

function writeRanking(
  { doc, report, lang, labels, heading, paragraph }: Section,
  results: Results,
) {
  const optionName = names(results);
  const titles = criterionTitles(results, lang);
  const currency = report.schemeVersion.scheme.currency;
  paragraph(labels.rankingIntro, 9);
  const ranking = results.evaluation.ranking;
  drawTable(
    doc,
    [
      { header: labels.rank, share: 0.1, align: 'right' },
      { header: labels.option, share: 0.45 },
      { header: labels.totalScore, share: 0.2, align: 'right' },
      { header: labels.evaluatedPrice, share: 0.25, align: 'right' },
    ],
    ranking.map((bid) => [
      bid.rank === null ? labels.excluded : String(bid.rank),
      optionName.get(bid.id) ?? bid.id,
      bid.score === null ? '–' : formatNumber(bid.score, lang),
      formatMoney(bid.price, currency, lang),
    ]),
  );
  for (const bid of ranking) {
    if (bid.contributions.length === 0) continue;
    heading(labels.contributionsOf(optionName.get(bid.id) ?? bid.id), 10);
    drawTable(
      doc,
      [
        { header: labels.criterion, share: 0.46 },
        { header: labels.weightOverall, share: 0.18, align: 'right' },
        { header: labels.share, share: 0.18, align: 'right' },
        { header: labels.points, share: 0.18, align: 'right' },
      ],
      bid.contributions.map((item) => [
        titles.get(item.criterionId) ?? item.criterionId,
        `${formatNumber(item.weightPercent, lang)} %`,
        percent(item.share, lang),
        formatNumber(item.points, lang),
      ]),
    );
    if (bid.comparedWithAbove !== null && bid.comparedWithAbove.criteria.length > 0) {
      const above = optionName.get(bid.comparedWithAbove.bidId) ?? bid.comparedWithAbove.bidId;
      paragraph(
        `${labels.aheadBecause(above)} ${bid.comparedWithAbove.criteria
          .slice(0, 3)
          .map(
            (item) =>
              `${titles.get(item.criterionId) ?? item.criterionId} (${formatNumber(item.difference, lang)})`,
          )
          .join(', ')}`,
        9,
      );
    }
  }
  if (results.unjudged.length > 0) {
    paragraph(labels.unjudged, 9);
    for (const item of results.unjudged) paragraph(`• ${item.title[lang]}`, 9);
  }
}

function writeSensitivity({ doc, lang, labels, heading, paragraph }: Section, results: Results) {
  if (results.notAnalysable !== null) {
    heading(labels.sensitivity, 11);
    paragraph(`${labels.notAnalysable} ${results.notAnalysable}`, 9);
    return;
  }
  if (results.stability === null) return;
  const titles = criterionTitles(results, lang);
  heading(labels.sensitivity, 11);
  paragraph(
    results.stability.noClearWinner
      ? labels.noClearWinner
      : labels.margin(formatNumber(results.stability.margin, lang)),
    9,
  );
  drawTable(
    doc,
    [
      { header: labels.criterion, share: 0.5 },
      { header: labels.publishedShare, share: 0.2, align: 'right' },
      { header: labels.stableRange, share: 0.3, align: 'right' },
    ],
    results.stability.criteria.map((node) => [
      titles.get(node.nodeId) ?? node.nodeId,
      percent(node.share, lang),
      `${percent(node.stable.from, lang)} – ${percent(node.stable.to, lang)}`,
    ]),
  );
}

function writeAdvisory(section: Section, results: Results) {
  const { doc, lang, labels, heading, paragraph } = section;
  const { smaa, priceFormulas, topsis } = results;
  if (smaa === null && priceFormulas === null && topsis === null) return;
  const optionName = names(results);
  heading(labels.advisory, 12);
  const label = (text: string) => `${labels.advisoryLabel}: ${text}`;
  if (smaa !== null) {
    heading(label(labels.smaa), 10);
    paragraph(smaa.note[lang], 9);
    drawTable(
      doc,
      [
        { header: labels.option, share: 0.6 },
        { header: labels.rankOneShare, share: 0.4, align: 'right' },
      ],
      smaa.acceptability.map((item) => [
        optionName.get(item.bidId) ?? item.bidId,
        percent(item.ranks[0] ?? 0, lang),
      ]),
    );
  }
  if (priceFormulas !== null) {
    heading(label(labels.priceFormulas), 10);
    paragraph(priceFormulas.note[lang], 9);
    drawTable(
      doc,
      [
        { header: labels.formula, share: 0.46 },
        { header: labels.sameWinner, share: 0.27 },
        { header: labels.sameOrder, share: 0.27 },
      ],
      priceFormulas.formulas.map((item) => [
        `${labels.formulas[item.formula.kind] ?? item.formula.kind}${item.published ? ` (${labels.published})` : ''}`,
        item.sameWinner ? labels.yes : labels.no,
        item.sameOrder ? labels.yes : labels.no,
      ]),
    );
  }
  if (topsis !== null) {
    heading(label(labels.topsis), 10);
    paragraph(topsis.note[lang], 9);
    drawTable(
      doc,
      [
        { header: labels.rank, share: 0.15, align: 'right' },
        { header: labels.option, share: 0.55 },
        { header: labels.closeness, share: 0.3, align: 'right' },
      ],
      topsis.ranking.map((item) => [
        String(item.rank),
        optionName.get(item.optionId) ?? item.optionId,
        formatNumber(item.closeness, lang, 3),
      ]),
    );
  }
  doc.font(fontNames.regular);
}
