import { describe, expect, it } from 'vitest';
import { randomIndexTables } from '@tenderwise/schema';
import { consistency, defaultRandomIndexTable, RANDOM_INDEX_TABLES } from './consistency.ts';

describe('consistency', () => {
  it('has every table’s random index for every size from 1 to 15', () => {
    expect(Object.keys(RANDOM_INDEX_TABLES)).toEqual([...randomIndexTables]);
    for (const table of randomIndexTables) {
      expect(RANDOM_INDEX_TABLES[table]).toHaveLength(15);
      expect(RANDOM_INDEX_TABLES[table].slice(0, 2)).toEqual([0, 0]);
    }
    expect(RANDOM_INDEX_TABLES['saaty-1980'].slice(2, 5)).toEqual([0.58, 0.9, 1.12]);
    expect(RANDOM_INDEX_TABLES['saaty-1980'][11]).toBe(1.48);
    expect(RANDOM_INDEX_TABLES['saaty-2005'].slice(2, 5)).toEqual([0.52, 0.89, 1.11]);
    expect(RANDOM_INDEX_TABLES['saaty-2005'][14]).toBe(1.59);
    expect(RANDOM_INDEX_TABLES['alonso-lamata-2006'].slice(2, 5)).toEqual([0.5245, 0.8815, 1.1086]);
    expect(RANDOM_INDEX_TABLES['alonso-lamata-2006'][14]).toBe(1.5838);
    expect(defaultRandomIndexTable).toBe('saaty-2005');
  });

  it('names the table it took RI from, and divides by that table’s RI', () => {
    // λmax = 3.1078 for three items: CI = 0.0539; CR 0.1037 against 0.52, 0.0929 against 0.58.
    expect(consistency(3.1078, 3)).toMatchObject({
      randomIndex: 0.52,
      randomIndexTable: 'saaty-2005',
    });
    const old = consistency(3.1078, 3, 'saaty-1980');
    expect(old).toMatchObject({ randomIndex: 0.58, randomIndexTable: 'saaty-1980' });
    expect(old.consistencyRatio).toBeCloseTo(0.0539 / 0.58, 12);
    expect(consistency(3.1078, 3, 'alonso-lamata-2006').randomIndex).toBe(0.5245);
  });

  it('computes CI = (λmax − n)/(n − 1) and CR = CI/RI', () => {
    // λmax = 4.267 for four items: CI = 0.267/3 = 0.089, CR = 0.089/0.89 = 0.1.
    const result = consistency(4.267, 4);
    expect(result.consistencyIndex).toBeCloseTo(0.089, 12);
    expect(result.randomIndex).toBe(0.89);
    expect(result.consistencyRatio).toBeCloseTo(0.1, 12);
  });

  it('gives zero for two items and for rounding noise below n', () => {
    expect(consistency(2.0000001, 2)).toEqual({
      consistencyIndex: 0,
      randomIndex: 0,
      randomIndexTable: 'saaty-2005',
      consistencyRatio: 0,
    });
    expect(consistency(3 - 1e-15, 3).consistencyRatio).toBe(0);
  });

  it('refuses a size without a random index', () => {
    for (const table of randomIndexTables)
      expect(() => consistency(16, 16, table)).toThrow(/16 items/);
  });
});
