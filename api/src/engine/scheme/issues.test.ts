import { describe, expect, it } from 'vitest';
import { pointer } from './issues.ts';

describe('pointer', () => {
  it('joins segments into an RFC 6901 pointer, escaping ~ and / in that order', () => {
    expect(pointer('award', 3, 'weightBp')).toBe('/award/3/weightBp');
    expect(pointer('bids', 0, 'assessments', 'a/b~c')).toBe('/bids/0/assessments/a~1b~0c');
    expect(pointer('~1')).toBe('/~01');
    expect(pointer()).toBe('');
  });
});
