import { describe, expect, it, vi } from 'vitest';
import { readCsv, toCsv, UnreadableCsvError } from '../../../src/documents/spreadsheets/csv.ts';
import { spreadsheetKindOf } from '../../../src/documents/spreadsheets/file-kind.ts';
import {
  formatGermanNumber,
  parseGermanNumber,
} from '../../../src/documents/spreadsheets/german-numbers.ts';
import { readFirstSheet, toXlsx } from '../../../src/documents/spreadsheets/xlsx.ts';
import { UnsafeZipError } from '../../../src/documents/spreadsheets/zip-guard.ts';
import { zipOf } from './zip.ts';

describe('German numbers', () => {
  it('reads grouped and ungrouped numbers with a decimal comma', () => {
    expect(parseGermanNumber('1.234.567,89')).toBe(1234567.89);
    expect(parseGermanNumber(' 1234,5 ')).toBe(1234.5);
    expect(parseGermanNumber('-0,25')).toBe(-0.25);
    expect(parseGermanNumber('1.000')).toBe(1000);
  });

  it('refuses what it would have to guess at', () => {
    for (const text of ['1.5', '1,2,3', '12.34,5', '1e3', '', ' ', '1 000', 'abc', '1,']) {
      expect(parseGermanNumber(text), text).toBeUndefined();
    }
  });

  it('writes numbers the German way and reads them back', () => {
    expect(formatGermanNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatGermanNumber(99.95)).toBe('99,95');
    expect(parseGermanNumber(formatGermanNumber(150000.5))).toBe(150000.5);
  });
});

describe('CSV', () => {
  it('writes semicolons, CRLF and a byte order mark, and reads its own output back', () => {
    const text = toCsv([
      ['Name', 'Preis'],
      ['Müller; Söhne', '1.234,5'],
      ['Zeile "zwei"', null],
    ]);
    expect(text.startsWith('\uFEFFName;Preis\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['Name', 'Preis'],
      ['Müller; Söhne', '1.234,5'],
      ['Zeile "zwei"', ''],
    ]);
  });

  it('reads comma-separated files from English spreadsheet programs', () => {
    expect(readCsv('Name,Price\nA,12.5\n')).toEqual([
      ['Name', 'Price'],
      ['A', '12.5'],
    ]);
  });

  it('refuses text with an unbalanced quote', () => {
    expect(() => readCsv('Name;Preis\n"A;1\n')).toThrow(UnreadableCsvError);
  });
});

describe('XLSX', () => {
  it('writes a workbook that reads back exactly, numbers as their stored decimals', async () => {
    const bytes = await toXlsx([
      {
        name: 'Optionen',
        rows: [
          ['Name', 'Wert'],
          ['01', 99.95],
          ['1.5', null],
        ],
      },
    ]);
    expect(await spreadsheetKindOf(bytes)).toBe('xlsx');
    expect(await readFirstSheet(bytes)).toEqual([
      ['Name', 'Wert'],
      ['01', { number: '99.95' }],
      ['1.5', null],
    ]);
  });

  it('gives the same bytes for the same sheet, whenever it is written', async () => {
    const sheet = { name: 'A', rows: [['x', 1]] };
    const first = await toXlsx([sheet]);
    // The writer stamps entries with the time of writing, to the even second.
    vi.useFakeTimers({ now: Date.now() + 2_000, toFake: ['Date'] });
    try {
      expect(await toXlsx([sheet])).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
    expect((await readFirstSheet(first))[0]).toEqual(['x', { number: '1' }]);
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(80 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    await expect(readFirstSheet(bomb)).rejects.toThrow(UnsafeZipError);
    await expect(readFirstSheet(bomb)).rejects.toThrow(/unpack to more than|zip bomb/);
  });

  it('refuses a ZIP that is no workbook', async () => {
    const plain = zipOf([{ name: 'hello.txt', data: Buffer.from('hi') }]);
    await expect(readFirstSheet(plain)).rejects.toThrow(/lacks \[Content_Types\]\.xml/);
  });
});

describe('spreadsheet kind by content', () => {
  it('takes UTF-8 text as CSV and refuses binaries and plain ZIPs', async () => {
    expect(await spreadsheetKindOf(new TextEncoder().encode('Name;Preis\nA;1'))).toBe('csv');
    expect(await spreadsheetKindOf(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe(
      undefined,
    );
    expect(await spreadsheetKindOf(Uint8Array.from([0xff, 0xfe, 0x00, 0x41]))).toBe(undefined);
    expect(await spreadsheetKindOf(zipOf([{ name: 'a.txt', data: Buffer.from('a') }]))).toBe(
      undefined,
    );
  });
});
