import type { Config } from '../../config.ts';

/** How long sessions and invitations live; from the configuration (see config.ts for why). */
export interface SessionLifetimes {
  /** A session not used for this long ends. */
  idleMs: number;
  /** A session ends this long after login, however much it is used. */
  absoluteMs: number;
}

export const defaultSessionLifetimes: SessionLifetimes = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 3_600_000,
};

export function sessionLifetimes(
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
): SessionLifetimes {
  return {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
  };
}

export const defaultInvitationLifetimeMs = 72 * 3_600_000;

export function invitationLifetimeMs(config: Pick<Config, 'invitationHours'>): number {
  return config.invitationHours * 3_600_000;
}
