import { describe, expect, it } from 'vitest';
import {
  administrationArea,
  apiKeysArea,
  areasFor,
  isSignInStep,
  landingPath,
  mayUse,
  registryArea,
  reviewsArea,
} from '../src/lib/account/signed-in-user.ts';
import { nextSignInStep } from '../src/lib/account/sign-in-steps.ts';

const pathsFor = (role: Parameters<typeof areasFor>[0]) => areasFor(role).map((area) => area.path);

describe('areasFor', () => {
  it('offers each role only what it may use', () => {
    expect(pathsFor({ role: 'admin' })).toEqual(['/account', '/administration']);
    expect(pathsFor({ role: 'vendor' })).toEqual([
      '/vendor',
      '/vendor/bids',
      '/vendor/requests',
      '/notices',
      '/account',
      '/api-keys',
    ]);
    expect(pathsFor({ role: 'officer' })).toEqual([
      '/assistant',
      '/tenders',
      '/reviews',
      '/registry',
      '/notices',
      '/account',
    ]);
    expect(pathsFor({ role: 'reviewer' })).toEqual([
      '/assistant',
      '/tenders',
      '/reviews',
      '/registry',
      '/notices',
      '/account',
    ]);
  });

  it('offers an unknown role only what every role may use, and visitors nothing', () => {
    expect(pathsFor({ role: null })).toEqual(['/account']);
    expect(pathsFor(null)).toEqual([]);
  });
});

describe('mayUse', () => {
  it('refuses a role the area is not for, and leaves an unknown role to the API', () => {
    expect(mayUse({ role: 'officer' }, administrationArea)).toBe(false);
    expect(mayUse({ role: 'admin' }, apiKeysArea)).toBe(false);
    expect(mayUse({ role: 'vendor' }, apiKeysArea)).toBe(true);
    expect(mayUse({ role: 'reviewer' }, reviewsArea)).toBe(true);
    expect(mayUse({ role: 'vendor' }, reviewsArea)).toBe(false);
    expect(mayUse({ role: 'admin' }, reviewsArea)).toBe(false);
    expect(mayUse({ role: 'reviewer' }, registryArea)).toBe(true);
    expect(mayUse({ role: 'vendor' }, registryArea)).toBe(false);
    expect(mayUse({ role: null }, administrationArea)).toBe(true);
  });
});

describe('landingPath', () => {
  it('sends administrators, vendors and officers to their work, everybody else to the account', () => {
    expect(landingPath({ role: 'admin' })).toBe('/administration');
    expect(landingPath({ role: 'vendor' })).toBe('/api-keys');
    expect(landingPath({ role: 'officer' })).toBe('/assistant');
    expect(landingPath({ role: 'reviewer' })).toBe('/account');
    expect(landingPath(null)).toBe('/account');
  });
});

describe('nextSignInStep', () => {
  it('goes to the page asked for once signed in', () => {
    expect(nextSignInStep('full', '/administration')).toBe('/administration');
  });

  it('leaves the page to the role when none was asked for, through the login page', () => {
    // The login page's load sends a signed-in user on to landingPath(user).
    expect(nextSignInStep('full', null)).toBe('/login');
  });

  it('goes to the second factor or its set-up first, carrying the page along', () => {
    expect(nextSignInStep('totp', '/api-keys')).toBe('/login/code?to=%2Fapi-keys');
    expect(nextSignInStep('enrolment', null)).toBe('/totp-setup');
  });
});

describe('isSignInStep', () => {
  it('names the pages where the session may be half-way through the sign-in', () => {
    expect(isSignInStep('/login/code')).toBe(true);
    expect(isSignInStep('/totp-setup')).toBe(true);
    expect(isSignInStep('/login')).toBe(false);
    expect(isSignInStep('/account')).toBe(false);
    expect(isSignInStep(null)).toBe(false);
  });
});
