import { describe, expect, it } from 'vitest';
import { negotiateContentCoding } from '../../src/http/content-coding.ts';

describe('negotiateContentCoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['GZIP;Q=1, BR;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['identity;q=1, gzip;q=0.5', 'identity'],
    ['gzip;q=0.5', 'gzip'],
    ['deflate, zstd', 'identity'],
    ['gzip;q=2, br;q=abc', 'identity'],
    [' , ;q=1, gzip ; q = 0.8 ', 'gzip'],
  ] as const)('answers %j with %s', (header, coding) => {
    expect(negotiateContentCoding(header)).toBe(coding);
  });

  it('reads a long header in linear time', () => {
    const header = `${'a;q=0.5;b=c, '.repeat(100_000)}gzip`;
    const started = performance.now();
    expect(negotiateContentCoding(header)).toBe('gzip');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
