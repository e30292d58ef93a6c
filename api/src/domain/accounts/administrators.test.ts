import { describe, expect, it } from 'vitest';
import {
  activeAdministratorIds,
  isActiveAdministrator,
  isLastActiveAdministrator,
  leavesNoActiveAdministrator,
} from './administrators.ts';

describe('active administrators', () => {
  it('counts administrators who are not disabled, and nobody else', () => {
    const users = [
      { id: 'a', role: 'admin', disabledAt: null },
      { id: 'b', role: 'admin', disabledAt: new Date('2026-01-01T00:00:00Z') },
      { id: 'c', role: 'officer', disabledAt: null },
      { id: 'd', role: 'admin', disabledAt: null },
    ] as const;
    expect(users.map(isActiveAdministrator)).toEqual([true, false, false, true]);
    expect(activeAdministratorIds(users)).toEqual(new Set(['a', 'd']));
  });

  it('keeps at least one: refuses to take away the access of all who are left', () => {
    expect(leavesNoActiveAdministrator(['a', 'b'], new Set(['a', 'b', 'c']))).toBe(true);
    expect(leavesNoActiveAdministrator(['a', 'b'], new Set(['a']))).toBe(false);
    expect(leavesNoActiveAdministrator(['a', 'b'], new Set())).toBe(false);
  });

  it('has nothing to keep on an installation without any (only the operator acts there)', () => {
    expect(leavesNoActiveAdministrator([], new Set(['a']))).toBe(false);
    expect(isLastActiveAdministrator('a', [])).toBe(false);
  });

  it('knows the last active administrator', () => {
    expect(isLastActiveAdministrator('a', ['a'])).toBe(true);
    expect(isLastActiveAdministrator('a', ['a', 'b'])).toBe(false);
    expect(isLastActiveAdministrator('c', ['a'])).toBe(false);
  });
});
