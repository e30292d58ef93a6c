import type { components } from '@tenderwise/schema/openapi-types';
import { describe, expect, it } from 'vitest';
import {
  confirmationOf,
  doneOf,
  mayDisableOrganisation,
  mayDisableUser,
  type PageState,
} from '../src/routes/administration/organisations/[organisationId]/confirmations.ts';

type User = components['schemas']['UserResponse'];
type ApiKey = components['schemas']['ApiKeyResponse'];

const organisation = {
  id: 'o1',
  kind: 'vendor',
  name: 'Nordlicht Software GmbH',
  createdAt: '2026-12-01T09:00:00.000Z',
  disabledAt: null,
  demo: false,
} as const;

function user(id: string, changes: Partial<User> = {}): User {
  return {
    id,
    organisationId: 'o1',
    email: `${id}@example.org`,
    displayName: `User ${id}`,
    role: 'vendor',
    passwordSet: true,
    createdAt: '2026-12-01T09:00:00.000Z',
    disabledAt: null,
    ...changes,
  };
}

const key: ApiKey = {
  id: 'k1',
  name: 'ERP',
  scopes: ['tenders:read'],
  createdBy: 'u1',
  createdAt: '2026-12-01T10:00:00.000Z',
  expiresAt: '2027-03-01T00:00:00.000Z',
  revokedAt: null,
  lastUsedAt: null,
};

const state = (changes: Partial<PageState> = {}): PageState => ({
  organisation,
  users: [user('u1'), user('u2', { disabledAt: '2026-12-02T09:00:00.000Z' }), user('me')],
  keys: [key, { ...key, id: 'k2', revokedAt: '2026-12-02T09:00:00.000Z' }],
  viewer: { id: 'me', organisationId: 'authority' },
  ...changes,
});

const query = (values: Record<string, string>) => new URLSearchParams(values);

describe('confirmations on the organisation page', () => {
  it('never offers administrators to disable their own account or organisation', () => {
    const own = state({ viewer: { id: 'me', organisationId: 'o1' } });
    expect(mayDisableUser(user('me'), own.viewer)).toBe(false);
    expect(mayDisableUser(user('u1'), own.viewer)).toBe(true);
    expect(mayDisableOrganisation(organisation, own.viewer)).toBe(false);
    expect(confirmationOf(query({ confirm: 'disable', user: 'me' }), own)).toBeNull();
    expect(confirmationOf(query({ confirm: 'disableOrganisation' }), own)).toBeNull();
    expect(confirmationOf(query({ confirm: 'disable', user: 'u1' }), own)).toMatchObject({
      action: 'disable',
      user: { id: 'u1' },
    });
  });

  it('offers enabling only for what is disabled, and disabling only for what is active', () => {
    expect(confirmationOf(query({ confirm: 'enable', user: 'u2' }), state())).toMatchObject({
      action: 'enable',
      user: { id: 'u2' },
    });
    expect(confirmationOf(query({ confirm: 'enable', user: 'u1' }), state())).toBeNull();
    expect(confirmationOf(query({ confirm: 'disable', user: 'u2' }), state())).toBeNull();
    expect(confirmationOf(query({ confirm: 'disableOrganisation' }), state())).toEqual({
      action: 'disableOrganisation',
    });
    expect(confirmationOf(query({ confirm: 'enableOrganisation' }), state())).toBeNull();
    const disabled = state({
      organisation: { ...organisation, disabledAt: '2026-12-02T09:00:00.000Z' },
    });
    expect(confirmationOf(query({ confirm: 'enableOrganisation' }), disabled)).toEqual({
      action: 'enableOrganisation',
    });
    expect(confirmationOf(query({ confirm: 'disableOrganisation' }), disabled)).toBeNull();
  });

  it('offers revoking only a live key of the organisation, and nothing for unknown names', () => {
    expect(confirmationOf(query({ confirm: 'revokeKey', key: 'k1' }), state())).toMatchObject({
      action: 'revokeKey',
      key: { id: 'k1' },
    });
    expect(confirmationOf(query({ confirm: 'revokeKey', key: 'k2' }), state())).toBeNull();
    expect(confirmationOf(query({ confirm: 'revokeKey', key: 'nope' }), state())).toBeNull();
    expect(confirmationOf(query({ confirm: 'disable', user: 'nobody' }), state())).toBeNull();
    expect(confirmationOf(query({ confirm: 'explode' }), state())).toBeNull();
  });

  it('reads the notice after an action with the user or key it names', () => {
    expect(doneOf(query({ done: 'enabled', user: 'u1' }), state())).toMatchObject({
      notice: 'enabled',
      user: { id: 'u1' },
      key: null,
    });
    expect(doneOf(query({ done: 'key-revoked', key: 'k2' }), state())).toMatchObject({
      notice: 'key-revoked',
      key: { id: 'k2' },
    });
    expect(doneOf(query({ done: 'whatever' }), state())).toBeNull();
  });
});
