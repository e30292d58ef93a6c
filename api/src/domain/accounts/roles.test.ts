import { describe, expect, it } from 'vitest';
import { isRole, roleChangeOf, roleFitsOrganisation } from './roles.ts';

describe('roles', () => {
  it('knows the four roles and nothing else', () => {
    for (const role of ['admin', 'officer', 'reviewer', 'vendor']) expect(isRole(role)).toBe(true);
    for (const value of ['Admin', 'operator', '', null, undefined, 1]) {
      expect(isRole(value)).toBe(false);
    }
  });

  it('puts vendors in vendor organisations and everybody else in an authority', () => {
    expect(roleFitsOrganisation('vendor', 'vendor')).toBe(true);
    expect(roleFitsOrganisation('vendor', 'authority')).toBe(false);
    for (const role of ['admin', 'officer', 'reviewer'] as const) {
      expect(roleFitsOrganisation(role, 'authority')).toBe(true);
      expect(roleFitsOrganisation(role, 'vendor')).toBe(false);
    }
  });

  describe('a change of role', () => {
    const officer = {
      currentRole: 'officer',
      organisationKind: 'authority',
      lastActiveAdministrator: false,
    } as const;

    it('is refused when the role does not fit, before anything else', () => {
      expect(roleChangeOf({ ...officer, newRole: 'vendor' })).toBe('roleDoesNotFit');
      expect(
        roleChangeOf({
          currentRole: 'admin',
          newRole: 'vendor',
          organisationKind: 'authority',
          lastActiveAdministrator: true,
        }),
      ).toBe('roleDoesNotFit');
    });

    it('changes nothing when the role stays, even for the last administrator', () => {
      expect(roleChangeOf({ ...officer, newRole: 'officer' })).toBe('unchanged');
      expect(
        roleChangeOf({
          currentRole: 'admin',
          newRole: 'admin',
          organisationKind: 'authority',
          lastActiveAdministrator: true,
        }),
      ).toBe('unchanged');
    });

    it('leaves the last active administrator their role', () => {
      expect(
        roleChangeOf({
          currentRole: 'admin',
          newRole: 'officer',
          organisationKind: 'authority',
          lastActiveAdministrator: true,
        }),
      ).toBe('lastAdministrator');
    });

    it('changes it otherwise', () => {
      expect(roleChangeOf({ ...officer, newRole: 'admin' })).toBe('change');
      expect(
        roleChangeOf({
          currentRole: 'admin',
          newRole: 'reviewer',
          organisationKind: 'authority',
          lastActiveAdministrator: false,
        }),
      ).toBe('change');
    });
  });
});
