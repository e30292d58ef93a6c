import type { Config } from '../../config.ts';

/** The page where an invitee sets a password; the web front end serves it at this path. */
export function invitationUrl(config: Pick<Config, 'publicOrigin'>, token: string): string {
  return new URL(`/invitation/${token}`, config.publicOrigin).href;
}
