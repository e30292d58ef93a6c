/**
 * A one-page PDF 1.4 with a few lines of Helvetica text, written by hand: the demo's evidence
 * documents are fictional, and each says so in its first line ("FIKTIV / FICTIONAL"), so a
 * downloaded copy can never pass for a real report. Text is Latin-1 (WinAnsi covers German);
 * other characters become "?".
 */
export function fictionalPdf(title: string, lines: readonly string[]): Uint8Array {
  const text = ['FIKTIV / FICTIONAL', title, '', ...lines, '', 'FIKTIV / FICTIONAL'];
  const stream = [
    'BT',
    '/F1 11 Tf',
    '14 TL',
    '56 780 Td',
    ...text.map((line) => `(${pdfString(line)}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${latin1(stream).length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(latin1(body).length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = latin1(body).length;
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** A PDF literal string's content: backslash, parentheses escaped; beyond Latin-1 as "?". */
function pdfString(line: string): string {
  return [...line]
    .map((char) => (char.charCodeAt(0) > 255 ? '?' : char))
    .join('')
    .replace(/[\\()]/g, (char) => `\\${char}`);
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => char.charCodeAt(0) & 0xff));
}
