import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { createPdf, ensureSpace, finishPdf, fontNames, type Pdf } from '../pdf/document.ts';
import { drawTable } from '../pdf/table.ts';
import { criteriaInOrder, leavesInOrder } from './criteria.ts';
import { formatBasisPoints, formatCalendarDate, formatDateTime, formatNumber } from './formats.ts';
import { labelsOf, type ReportLabels } from './labels.ts';
import { offerValueText } from './offer-data.ts';
import { writeResults } from './report-results-pdf.ts';
import { writeWeighting } from './report-weighting-pdf.ts';

interface Writer {
  doc: Pdf;
  report: OptionsReviewReport;
  lang: ReportLanguage;
  labels: ReportLabels;
  name: (userId: string) => string;
}

/**
 * The report of an options review as a PDF: purpose, scheme and weights with who set them, the
 * options and their data, the scores with justifications, the ranking with contributions, the
 * sensitivity summary and the advisory methods (labelled as such), and what makes it traceable
 * (scheme commitment, audit chain head). Its creation date is the report's as-of time, so the same
 * report gives the same bytes.
 */
export async function renderReportPdf(
  report: OptionsReviewReport,
  lang: ReportLanguage,
): Promise<Uint8Array> {
  const labels = labelsOf(lang);
  const doc = createPdf({
    title: `${labels.documentTitle}: ${report.review.title}`,
    language: lang,
    createdAt: new Date(report.asOf),
  });
  const writer: Writer = {
    doc,
    report,
    lang,
    labels,
    name: (userId) => report.people[userId] ?? userId,
  };
  writeTitle(writer);
  writeScheme(writer);
  writeWeighting({
    ...writer,
    heading: (text, size) => heading(doc, text, size),
    paragraph: (text, size) => paragraph(doc, text, size),
  });
  writeOptions(writer);
  writeScores(writer);
  writeResults({
    doc,
    report,
    lang,
    labels,
    heading: (text, size) => heading(doc, text, size),
    paragraph: (text, size) => paragraph(doc, text, size),
  });
  writeIntegrity(writer);
  return finishPdf(doc, {
    left: `${report.review.title} · ${labels.asOf} ${formatDateTime(report.asOf, lang)}`,
    pageLabel: labels.page,
  });
}

function heading(doc: Pdf, text: string, size = 14): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6).font(fontNames.bold).fontSize(size).fillColor('#0b2545').text(text);
  doc.moveDown(0.3).font(fontNames.regular).fontSize(10).fillColor('#111111');
}

function paragraph(doc: Pdf, text: string, size = 10): void {
  doc.font(fontNames.regular).fontSize(size).fillColor('#111111').text(text);
  doc.moveDown(0.3);
}

function fact(doc: Pdf, label: string, value: string): void {
  doc
    .font(fontNames.bold)
    .fontSize(10)
    .fillColor('#111111')
    .text(`${label}: `, { continued: true });
  doc.font(fontNames.regular).text(value);
}

function writeTitle({ doc, report, lang, labels, name }: Writer): void {
  const { review } = report;
  doc.font(fontNames.bold).fontSize(18).fillColor('#0b2545').text(labels.documentTitle);
  doc.moveDown(0.2).fontSize(15).text(review.title);
  doc.moveDown(0.4);
  paragraph(doc, labels.kindNote, 9);
  fact(doc, labels.asOf, formatDateTime(report.asOf, lang));
  fact(doc, labels.status, labels.statuses[review.status]);
  fact(doc, labels.referenceDate, formatCalendarDate(review.referenceDate, lang));
  fact(doc, labels.lead, name(review.leadUserId));
  fact(
    doc,
    labels.members,
    review.members
      .map((member) => `${member.displayName} (${labels.roles[member.role]})`)
      .join(', '),
  );
  heading(doc, labels.purpose);
  paragraph(doc, review.purpose);
}

function writeScheme({ doc, report, lang, labels, name }: Writer): void {
  const { schemeVersion } = report;
  const scheme = schemeVersion.scheme;
  heading(doc, labels.scheme);
  fact(
    doc,
    labels.schemeVersion(schemeVersion.number),
    `${scheme.title[lang]}, ${labels.savedBy(name(schemeVersion.createdBy), formatDateTime(schemeVersion.createdAt, lang))}`,
  );
  fact(doc, labels.origin, labels.origins[schemeVersion.origin.kind]);
  if (schemeVersion.note !== null) fact(doc, labels.note, schemeVersion.note);
  fact(doc, labels.method, labels.methods[scheme.method.kind] ?? scheme.method.kind);
  fact(
    doc,
    labels.priceBasis,
    scheme.price.kind === 'totalPrice'
      ? labels.totalPrice
      : labels.lifeCycleCost(scheme.price.termYears),
  );
  fact(doc, labels.currency, scheme.currency);
  doc.moveDown(0.3);
  paragraph(doc, labels.weightsSetBy(name(schemeVersion.createdBy), schemeVersion.number), 9);
  const adopted = report.weighting.adopted;
  if (adopted !== null) {
    paragraph(
      doc,
      labels.weightsAdoptedNote(name(adopted.adoptedBy), formatDateTime(adopted.adoptedAt, lang)),
      9,
    );
  }
  drawTable(
    doc,
    [
      { header: labels.criterion, share: 0.46 },
      { header: labels.kind, share: 0.22 },
      { header: labels.weightInSet, share: 0.16, align: 'right' },
      { header: labels.weightOverall, share: 0.16, align: 'right' },
    ],
    criteriaInOrder(scheme).map(({ node, depth, overallBp }) => [
      `${'   '.repeat(depth)}${node.title[lang]}`,
      node.kind === 'ordinal'
        ? `${labels.kinds.ordinal} (${labels.scale(node.scale)})`
        : labels.kinds[node.kind],
      formatBasisPoints(node.weightBp, lang),
      formatBasisPoints(overallBp, lang),
    ]),
  );
  if (scheme.minimumRequirements.length > 0) {
    heading(doc, labels.minimumRequirements, 11);
    for (const requirement of scheme.minimumRequirements) {
      paragraph(doc, `• ${requirement.title[lang]}`, 9);
    }
  }
}

function writeOptions({ doc, report, lang, labels }: Writer): void {
  const scheme = report.schemeVersion.scheme;
  const leaves = leavesInOrder(scheme);
  heading(doc, labels.options);
  for (const option of report.options) {
    heading(doc, option.name, 11);
    const who = [option.vendorName, option.serviceName].filter((part) => part !== null);
    if (option.vendorName !== null) fact(doc, labels.vendor, option.vendorName);
    if (option.serviceName !== null) fact(doc, labels.service, option.serviceName);
    if (who.length > 0) doc.moveDown(0.3);
    const rows = leaves.flatMap(({ node }) => {
      if (node.kind === 'group') return [];
      const parts = [
        option.offer.answers[node.id],
        offerValueText(option.offer, node, scheme.currency, lang),
      ].filter((part): part is string => part !== undefined && part !== null);
      return parts.length === 0 ? [] : [[node.title[lang], parts.join('\n')]];
    });
    if (rows.length === 0) {
      paragraph(doc, labels.noOfferData, 9);
      continue;
    }
    drawTable(
      doc,
      [
        { header: labels.criterion, share: 0.3 },
        { header: labels.offerData, share: 0.7 },
      ],
      rows,
    );
  }
}

function writeScores({ doc, report, lang, labels, name }: Writer): void {
  const { scoring, options } = report;
  const scheme = report.schemeVersion.scheme;
  const ordinal = leavesInOrder(scheme).flatMap(({ node }) =>
    node.kind === 'ordinal' ? [node] : [],
  );
  const optionName = new Map(options.map((option) => [option.id, option.name]));
  const criterionTitle = new Map(ordinal.map((node) => [node.id, node.title[lang]]));
  const scaleOf = new Map(ordinal.map((node) => [node.id, node.scale]));
  const byCriterion = <T extends { optionId: string; criterionId: string }>(items: readonly T[]) =>
    ordinal.flatMap((node) =>
      options.flatMap((option) =>
        items.filter((item) => item.criterionId === node.id && item.optionId === option.id),
      ),
    );
  if (ordinal.length === 0) return;
  heading(doc, labels.scores);
  heading(doc, labels.consensus, 11);
  if (scoring.consensus === null) paragraph(doc, labels.consensusHidden, 9);
  else if (scoring.consensus.length === 0) paragraph(doc, labels.consensusNone, 9);
  else {
    drawTable(
      doc,
      [
        { header: labels.criterion, share: 0.2 },
        { header: labels.option, share: 0.18 },
        { header: labels.score, share: 0.1, align: 'right' },
        { header: labels.justification, share: 0.37 },
        { header: labels.recordedBy, share: 0.15 },
      ],
      byCriterion(scoring.consensus).map((score) => [
        criterionTitle.get(score.criterionId) ?? score.criterionId,
        optionName.get(score.optionId) ?? score.optionId,
        `${score.score} / ${scaleOf.get(score.criterionId) ?? ''}`,
        score.justification,
        `${name(score.recordedBy)}, ${formatDateTime(score.recordedAt, lang)}`,
      ]),
    );
  }
  heading(doc, labels.memberScores, 11);
  if (scoring.submittedBy.length === 0) {
    paragraph(doc, labels.noneSubmitted, 9);
    return;
  }
  fact(doc, labels.submittedBy, scoring.submittedBy.map(name).join(', '));
  doc.moveDown(0.3);
  if (scoring.others === null) {
    paragraph(doc, labels.memberScoresHidden, 9);
    return;
  }
  const sheets = [scoring.mine, ...scoring.others].filter((sheet) => sheet.submittedAt !== null);
  for (const sheet of sheets) {
    heading(
      doc,
      `${name(sheet.userId)}, ${labels.submittedAt(formatDateTime(sheet.submittedAt!, lang))}`,
      10,
    );
    drawTable(
      doc,
      [
        { header: labels.criterion, share: 0.24 },
        { header: labels.option, share: 0.22 },
        { header: labels.score, share: 0.1, align: 'right' },
        { header: labels.justification, share: 0.44 },
      ],
      byCriterion(sheet.scores).map((score) => [
        criterionTitle.get(score.criterionId) ?? score.criterionId,
        optionName.get(score.optionId) ?? score.optionId,
        `${score.score} / ${scaleOf.get(score.criterionId) ?? ''}`,
        score.justification,
      ]),
    );
  }
  const flagged = byCriterion((scoring.divergences ?? []).filter((item) => item.flagged));
  if (flagged.length > 0) {
    heading(doc, labels.divergences, 11);
    for (const item of flagged) {
      paragraph(
        doc,
        `• ${criterionTitle.get(item.criterionId) ?? item.criterionId}, ${optionName.get(item.optionId) ?? item.optionId}: ${labels.divergence(item.spread, formatNumber(item.mean, lang), formatNumber(item.median, lang))}`,
        9,
      );
    }
  }
}

function writeIntegrity({ doc, report, lang, labels }: Writer): void {
  const { schemeVersion, review, auditHead } = report;
  heading(doc, labels.integrity);
  fact(doc, `${labels.schemeVersion(schemeVersion.number)}, ${labels.commitment}`, '');
  doc.font(fontNames.mono).fontSize(8.5).text(schemeVersion.commitment);
  doc.moveDown(0.3);
  if (review.conclusion !== null) {
    fact(
      doc,
      labels.concluded(
        formatDateTime(review.conclusion.concludedAt, lang),
        review.conclusion.schemeVersion,
      ),
      '',
    );
    doc.font(fontNames.mono).fontSize(8.5).text(review.conclusion.schemeCommitment);
    doc.moveDown(0.3);
  }
  fact(
    doc,
    labels.auditHead,
    auditHead.recordedAt === null ? '' : formatDateTime(auditHead.recordedAt, lang),
  );
  doc.font(fontNames.mono).fontSize(8.5).text(`${auditHead.seq}:${auditHead.hash}`);
  doc.moveDown(0.3);
  paragraph(doc, labels.auditHeadHelp, 9);
  paragraph(doc, labels.generatedFrom, 9);
}
