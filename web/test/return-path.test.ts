import { describe, expect, it } from 'vitest';
import { returnQuery, safeReturnPath } from '../src/lib/navigation/return-path.ts';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/administration')).toBe('/administration');
    expect(safeReturnPath('/api-keys?revoke=k1')).toBe('/api-keys?revoke=k1');
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a scheme-relative address', '//evil.example/'],
    ['a backslash that browsers read as a slash', '/\\evil.example/'],
    ['a tab the URL parser removes', '/\t/evil.example/'],
    ['dot segments that collapse into //', '/.//evil.example/'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'administration'],
    ['nothing', ''],
  ])('refuses %s', (_, raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it('refuses a missing value', () => {
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});

describe('returnQuery', () => {
  it('carries the path encoded, or nothing', () => {
    expect(returnQuery('/api-keys?revoke=k1')).toBe('?to=%2Fapi-keys%3Frevoke%3Dk1');
    expect(returnQuery(null)).toBe('');
  });
});
