import { bottomOf, fontNames, type Pdf } from './document.ts';

export interface PdfColumn {
  header: string;
  /** Share of the table's width; the shares of all columns add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

const padding = 3;
const fontSize = 8.5;

function rowHeight(doc: Pdf, cells: readonly string[], widths: readonly number[], bold: boolean) {
  doc.font(bold ? fontNames.bold : fontNames.regular).fontSize(fontSize);
  return (
    Math.max(
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * padding })),
    ) +
    2 * padding
  );
}

function drawRow(
  doc: Pdf,
  cells: readonly string[],
  columns: readonly PdfColumn[],
  widths: readonly number[],
  { bold, shaded }: { bold: boolean; shaded: boolean },
): void {
  const height = rowHeight(doc, cells, widths, bold);
  const top = doc.y;
  const left = doc.page.margins.left;
  const width = widths.reduce((sum, w) => sum + w, 0);
  if (shaded) doc.rect(left, top, width, height).fill('#eef1f5');
  doc
    .fillColor('#111111')
    .font(bold ? fontNames.bold : fontNames.regular)
    .fontSize(fontSize);
  let x = left;
  cells.forEach((cell, i) => {
    doc.text(cell, x + padding, top + padding, {
      width: widths[i]! - 2 * padding,
      align: columns[i]!.align ?? 'left',
    });
    x += widths[i]!;
  });
  doc
    .moveTo(left, top + height)
    .lineTo(left + width, top + height)
    .lineWidth(0.5)
    .strokeColor('#9aa5b1')
    .stroke();
  doc.x = left;
  doc.y = top + height;
}

/**
 * A table whose rows never split across pages: a row that does not fit starts a new page, where
 * the header row is repeated. (A single row taller than a page flows on as text would.)
 */
export function drawTable(
  doc: Pdf,
  columns: readonly PdfColumn[],
  rows: readonly string[][],
): void {
  const available = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const widths = columns.map((column) => column.share * available);
  const headers = columns.map((column) => column.header);
  const header = () => drawRow(doc, headers, columns, widths, { bold: true, shaded: true });
  const headerHeight = rowHeight(doc, headers, widths, true);
  if (
    doc.y + headerHeight + (rows[0] ? rowHeight(doc, rows[0], widths, false) : 0) >
    bottomOf(doc)
  ) {
    doc.addPage();
  }
  header();
  for (const row of rows) {
    const height = rowHeight(doc, row, widths, false);
    if (
      doc.y + height > bottomOf(doc) &&
      height < bottomOf(doc) - doc.page.margins.top - headerHeight
    ) {
      doc.addPage();
      header();
    }
    drawRow(doc, row, columns, widths, { bold: false, shaded: false });
  }
  doc.moveDown(0.6);
}
