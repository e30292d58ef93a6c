import PDFDocument from 'pdfkit';
import { pdfFonts } from './fonts.ts';

export type Pdf = PDFKit.PDFDocument;

export const fontNames = { regular: 'regular', bold: 'bold', mono: 'mono' } as const;

/** Page geometry shared by the layout helpers: A4 with 50 pt margins, 40 pt kept for the footer. */
export const page = { margin: 50, footer: 40 } as const;

/**
 * A new A4 document with the embedded fonts and a fixed creation date, so the same content gives
 * the same bytes. Pages are buffered so the footer can print "page X of Y" at the end.
 */
export function createPdf({
  title,
  language,
  createdAt,
}: {
  title: string;
  language: string;
  createdAt: Date;
}): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: {
      top: page.margin,
      left: page.margin,
      right: page.margin,
      bottom: page.margin + page.footer,
    },
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    lang: language,
    displayTitle: true,
    info: {
      Title: title,
      Creator: 'Tenderwise',
      Producer: 'Tenderwise',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const fonts = pdfFonts();
  doc.registerFont(fontNames.regular, fonts.regular);
  doc.registerFont(fontNames.bold, fonts.bold);
  doc.registerFont(fontNames.mono, fonts.mono);
  doc.font(fontNames.regular);
  return doc;
}

/** The lowest y a line may reach on the current page. */
export function bottomOf(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` still fits on this one. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/**
 * Writes the footer of every page (left: `left`, right: `pageLabel(x, y)`), ends the document and
 * returns its bytes.
 */
export async function finishPdf(
  doc: Pdf,
  { left, pageLabel }: { left: string; pageLabel: (page: number, pages: number) => string },
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - page.margin - 12;
    const width = doc.page.width - 2 * page.margin;
    // Writing inside the bottom margin must not open a page: lift the margin for the footer.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    doc.font(fontNames.regular).fontSize(8).fillColor('#444444');
    doc.text(left, page.margin, y, { width: width * 0.7, lineBreak: false, ellipsis: true });
    doc.text(pageLabel(index + 1 - range.start, range.count), page.margin, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins = margins;
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
