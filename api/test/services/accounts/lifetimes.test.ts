import { describe, expect, it } from 'vitest';
import {
  defaultInvitationLifetimeMs,
  defaultSessionLifetimes,
  invitationLifetimeMs,
  sessionLifetimes,
} from '../../../src/domain/accounts/lifetimes.ts';
import { loadConfig } from '../../../src/config.ts';

describe('lifetimes', () => {
  it('defaults to 30 minutes idle, 12 hours absolute and 72-hour invitations', () => {
    const config = loadConfig({});
    expect(sessionLifetimes(config)).toEqual(defaultSessionLifetimes);
    expect(defaultSessionLifetimes).toEqual({ idleMs: 1_800_000, absoluteMs: 43_200_000 });
    expect(invitationLifetimeMs(config)).toBe(defaultInvitationLifetimeMs);
    expect(defaultInvitationLifetimeMs).toBe(259_200_000);
  });

  it('follows the configuration', () => {
    const config = loadConfig({ SESSION_IDLE_MINUTES: '10', SESSION_ABSOLUTE_HOURS: '2' });
    expect(sessionLifetimes(config)).toEqual({ idleMs: 600_000, absoluteMs: 7_200_000 });
  });
});
