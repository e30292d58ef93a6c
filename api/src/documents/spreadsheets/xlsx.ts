import writeXlsxFile from 'write-excel-file/node';
import type { Matrix } from './matrix.ts';

/**
 * One worksheet with a bold, frozen header row; numbers stay numbers. write-excel-file writes the
 * same bytes for the same table.
 */
export async function matrixXlsx(matrix: Matrix, sheetName: string): Promise<Uint8Array> {
  const header = matrix.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = matrix.rows.map((row) =>
    row.map((value) =>
      value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String },
    ),
  );
  const buffer = await writeXlsxFile([header, ...rows], {
    sheet: sheetName.slice(0, 31),
    stickyRowsCount: 1,
    columns: matrix.header.map((_, index) => ({ width: index === 0 ? 32 : 22 })),
  }).toBuffer();
  return new Uint8Array(buffer);
}
