import { describe, expect, it } from 'vitest';
import { compareJson } from './compare.ts';

describe('comparing two versions', () => {
  it('names each changed, added and removed value by JSON pointer', () => {
    const before = {
      keyManagement: { control: 'provider' },
      locations: { data: ['DE', 'FR'] },
      seal: { 'sov-1': { level: 2 } },
      'a/b~c': 1,
    };
    const after = {
      keyManagement: { control: 'externalKeyManagement' },
      locations: { data: ['DE'] },
      seal: { 'sov-2': { level: 3 } },
      'a/b~c': 1,
    };
    expect(compareJson(before, after)).toEqual([
      {
        pointer: '/keyManagement/control',
        kind: 'changed',
        before: 'provider',
        after: 'externalKeyManagement',
      },
      { pointer: '/locations/data/1', kind: 'removed', before: 'FR' },
      { pointer: '/seal/sov-1', kind: 'removed', before: { level: 2 } },
      { pointer: '/seal/sov-2', kind: 'added', after: { level: 3 } },
    ]);
  });

  it('finds nothing between equal contents and escapes pointer tokens', () => {
    expect(compareJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
    expect(compareJson({ 'a/b~c': 1 }, { 'a/b~c': 2 })).toEqual([
      { pointer: '/a~1b~0c', kind: 'changed', before: 1, after: 2 },
    ]);
  });

  it('compares values of different kinds as a whole', () => {
    expect(compareJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { pointer: '/a', kind: 'changed', before: [1], after: { 0: 1 } },
    ]);
  });
});
