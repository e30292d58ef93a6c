import { describe, expect, it } from 'vitest';
import { evidenceFileKindOf } from '../../../src/documents/evidence/evidence-file.ts';
import { fictionalPdf } from '../../../src/documents/evidence/fictional-pdf.ts';

describe('the demo’s fictional evidence PDF', () => {
  const bytes = fictionalPdf('C5-Bericht (fiktiv)', ['Prüfzeitraum 2026 \\ (Typ 2)', 'Ω']);
  const text = Buffer.from(bytes).toString('latin1');

  it('is taken as a PDF by its content, and says it is fictional first and last', async () => {
    expect(await evidenceFileKindOf(bytes)).toEqual({
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
    const lines = [...text.matchAll(/^\((.*)\) '$/gm)].map((match) => match[1]);
    expect(lines[0]).toBe('FIKTIV / FICTIONAL');
    expect(lines.at(-1)).toBe('FIKTIV / FICTIONAL');
    // Latin-1 stays, parentheses and backslashes are escaped, the rest becomes "?".
    expect(lines).toContain('Pr\u00fcfzeitraum 2026 \\\\ \\(Typ 2\\)');
    expect(lines).toContain('?');
  });

  it('has a cross-reference table pointing at each object', () => {
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true);
    });
  });
});
