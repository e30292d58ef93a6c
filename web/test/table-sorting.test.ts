import { describe, expect, it } from 'vitest';
import { instant, nextSort, sortRows } from '../src/lib/tables/sorting.ts';

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('sortRows', () => {
  const keys = [
    { name: 'Schlüssel 10', used: null },
    { name: 'Äpfel', used: 3 },
    { name: 'schlüssel 9', used: 1 },
    { name: 'Zebra', used: null },
    { name: 'Anbindung', used: 2 },
  ];

  it('sorts text the way the language does, numbers inside text by value', () => {
    const sorted = sortRows(keys, (key) => key.name, 'ascending', 'de');
    expect(names(sorted)).toEqual(['Anbindung', 'Äpfel', 'schlüssel 9', 'Schlüssel 10', 'Zebra']);
  });

  it('turns the order around when descending', () => {
    const sorted = sortRows(keys, (key) => key.name, 'descending', 'de');
    expect(names(sorted)).toEqual(['Zebra', 'Schlüssel 10', 'schlüssel 9', 'Äpfel', 'Anbindung']);
  });

  it('puts rows without a value last in both directions, in their original order', () => {
    expect(names(sortRows(keys, (key) => key.used, 'ascending', 'de'))).toEqual([
      'schlüssel 9',
      'Anbindung',
      'Äpfel',
      'Schlüssel 10',
      'Zebra',
    ]);
    expect(names(sortRows(keys, (key) => key.used, 'descending', 'de'))).toEqual([
      'Äpfel',
      'Anbindung',
      'schlüssel 9',
      'Schlüssel 10',
      'Zebra',
    ]);
  });

  it('keeps equal rows in the order they came in', () => {
    const rows = [
      { name: 'b', kind: 'vendor' },
      { name: 'a', kind: 'authority' },
      { name: 'c', kind: 'vendor' },
      { name: 'd', kind: 'authority' },
    ];
    expect(names(sortRows(rows, (row) => row.kind, 'descending', 'en'))).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
  });

  it('does not change the rows it was given', () => {
    const rows = [{ name: 'b' }, { name: 'a' }];
    sortRows(rows, (row) => row.name, 'ascending', 'en');
    expect(names(rows)).toEqual(['b', 'a']);
  });
});

describe('nextSort', () => {
  it('starts a new column in its first direction and turns the sorted one around', () => {
    expect(nextSort(null, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'created', 'descending')).toEqual({
      column: 'created',
      direction: 'descending',
    });
    expect(nextSort({ column: 'created', direction: 'descending' }, 'created')).toEqual({
      column: 'created',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'created', direction: 'ascending' }, 'created')).toEqual({
      column: 'created',
      direction: 'descending',
    });
  });
});

describe('instant', () => {
  it('reads ISO instants as milliseconds and leaves missing ones empty', () => {
    expect(instant('2026-12-01T10:00:00.000Z')).toBe(Date.UTC(2026, 11, 1, 10));
    expect(instant(null)).toBeNull();
    expect(instant('not a date')).toBeNull();
  });
});
