import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (Bitstream Vera licence, DejaVu changes in the public domain), from the npm package
 * `dejavu-fonts-ttf`: TrueType, so pdfkit embeds a subset; covers „ “ ä ö ü ß € § and more.
 */
export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
  mono: Buffer;
}

let loaded: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    loaded = {
      regular: readFileSync(join(folder, 'DejaVuSans.ttf')),
      bold: readFileSync(join(folder, 'DejaVuSans-Bold.ttf')),
      mono: readFileSync(join(folder, 'DejaVuSansMono.ttf')),
    };
  }
  return loaded;
}
