import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import type { Pdf } from '../pdf/document.ts';
import { drawTable } from '../pdf/table.ts';
import { formatBasisPoints, formatDateTime, formatNumber } from './formats.ts';
import type { ReportLabels } from './labels.ts';

type Weighting = OptionsReviewReport['weighting'];

interface Section {
  doc: Pdf;
  report: OptionsReviewReport;
  lang: ReportLanguage;
  labels: ReportLabels;
  name: (userId: string) => string;
  heading: (text: string, size?: number) => void;
  paragraph: (text: string, size?: number) => void;
}

/** Which weights the results use: the scheme's, or the latest adoption with who adopted it, when and why. */
export function weightsInUse(
  { lang, labels, name }: Pick<Section, 'lang' | 'labels' | 'name'>,
  weighting: Weighting,
): string {
  const adopted = weighting.adopted;
  if (adopted === null) return labels.weightsFromScheme;
  return labels.weightsAdopted(
    name(adopted.adoptedBy),
    formatDateTime(adopted.adoptedAt, lang),
    adopted.number,
  );
}

/**
 * The weighting of the report's scheme version: which weights the results use, then per sibling
 * set the scheme's, each member's (with their method), the group's (with the consistency ratio of
 * the aggregated comparisons) and the adopted weights, and the adoptions, latest first. The
 * methods are labelled as advisory, as on the weighting tab.
 */
export function writeWeighting(section: Section): void {
  const { report, labels, heading, paragraph } = section;
  const { weighting } = report;
  heading(labels.weighting);
  paragraph(weightsInUse(section, weighting));
  const adopted = weighting.adopted;
  if (adopted !== null) {
    paragraph(`${labels.adoptionKind}: ${adoptionKind(section, adopted)}`, 9);
    paragraph(`${labels.adoptionReason}: ${adopted.reason}`, 9);
  }
  paragraph(labels.weightingAdvisory, 9);
  if (weighting.memberSets.length === 0) paragraph(labels.noWeightSets, 9);
  for (const set of weighting.siblingSets) writeSiblingSet(section, set);
  writeAdoptions(section);
}

function adoptionKind(
  { labels, name }: Pick<Section, 'labels' | 'name'>,
  adoption: Weighting['adoptions'][number],
): string {
  const kind = labels.adoptionKinds[adoption.kind];
  return adoption.memberUserId === null ? kind : `${kind}: ${name(adoption.memberUserId)}`;
}

function writeSiblingSet(
  { doc, report, lang, labels, name, heading }: Section,
  set: Weighting['siblingSets'][number],
): void {
  const { weighting } = report;
  const titles = new Map(
    report.schemeVersion.scheme.award.map((node) => [node.id, node.title[lang]]),
  );
  const titleOf = (id: string) => titles.get(id) ?? id;
  const geometric = weighting.group.geometricMean.sets.find((s) => s.parentId === set.parentId);
  const mean = weighting.group.mean.sets.find((s) => s.parentId === set.parentId);
  const show = (weights: Record<string, number> | null | undefined, id: string) =>
    weights?.[id] === undefined ? '–' : formatBasisPoints(weights[id], lang);
  const ratio = (consistency: { consistencyRatio: number } | null | undefined) =>
    consistency
      ? `\n${labels.consistencyRatio(formatNumber(consistency.consistencyRatio, lang))}`
      : '';

  heading(set.parentId === null ? labels.setTop : labels.setGroup(titleOf(set.parentId)), 10);
  const headers = [
    labels.schemeColumn,
    ...weighting.memberSets.map((member) => name(member.userId)),
    labels.geometricMean,
    labels.mean,
    ...(weighting.adopted ? [labels.adopted] : []),
  ];
  const first = 0.24;
  const share = (1 - first) / headers.length;
  const rows = set.nodeIds.map((id) => [
    titleOf(id),
    show(set.schemeWeightsBp, id),
    ...weighting.memberSets.map((member) => show(member.weightsBp, id)),
    show(geometric?.weightsBp, id),
    show(mean?.weightsBp, id),
    ...(weighting.adopted ? [show(weighting.adopted.weightsBp, id)] : []),
  ]);
  const basis = [
    labels.basis,
    '',
    ...weighting.memberSets.map((member) => {
      const own = member.sets.find((entry) => entry.input.parentId === set.parentId);
      return own ? `${labels.weightMethods[own.input.method]}${ratio(own.consistency)}` : '–';
    }),
    `${labels.membersCount(geometric?.members ?? 0)}${ratio(geometric?.consistency)}`,
    labels.membersCount(mean?.members ?? 0),
    ...(weighting.adopted ? [''] : []),
  ];
  drawTable(
    doc,
    [
      { header: labels.criterion, share: first },
      ...headers.map((header) => ({ header, share, align: 'right' as const })),
    ],
    [...rows, basis],
  );
}

function writeAdoptions(section: Section): void {
  const { doc, report, lang, labels, name, heading, paragraph } = section;
  const { weighting } = report;
  heading(labels.adoptions, 11);
  if (weighting.adoptions.length === 0) {
    paragraph(labels.noAdoptions, 9);
    return;
  }
  drawTable(
    doc,
    [
      { header: labels.adoptionNumber, share: 0.07, align: 'right' },
      { header: labels.adoptionKind, share: 0.25 },
      { header: labels.adoptionReason, share: 0.36 },
      { header: labels.adoptedBy, share: 0.32 },
    ],
    [...weighting.adoptions]
      .reverse()
      .map((adoption) => [
        String(adoption.number),
        `${adoptionKind(section, adoption)}${adoption.id === weighting.adopted?.id ? ` (${labels.inForce})` : ''}`,
        adoption.reason,
        `${name(adoption.adoptedBy)}, ${formatDateTime(adoption.adoptedAt, lang)}`,
      ]),
  );
}
