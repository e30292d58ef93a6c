/**
 * The rate limits of the application, in one place. Each limit allows `limit` units per
 * `periodMs` for one key (most requests cost one unit): all of them at once, after which a unit
 * comes back every `periodMs / limit` (the generic cell rate algorithm; see `gcra.ts`).
 * So "5 per 15 minutes" means five attempts right away, then one every three minutes, and all
 * five again after fifteen quiet minutes.
 *
 * The numbers assume Argon2id at about 11 ms of CPU per password check, so that about 119
 * checks per second saturate this kind of two-core machine (STACK-NOTES), and a password policy
 * that refuses the 49,233 most common passwords (ADR 0007).
 */
export interface RateLimit {
  /** Names the limit in the counter table, the log and the audit log. */
  name: string;
  /** Units one key may use at once, and per period. */
  limit: number;
  periodMs: number;
  /**
   * What an attempt that succeeded does to its unit: `keep` it (every request counts), `giveBack`
   * (only failures count), or `forget` the key's whole count (earlier typos are forgiven once the
   * person got it right).
   */
  onSuccess: 'keep' | 'giveBack' | 'forget';
}

const minute = 60_000;

export const rateLimits = {
  /**
   * Password attempts for one account from one address: 5 per 15 minutes, the figure the test
   * plan (S15) asks for. A person who mistyped gets a new attempt every three minutes and all of
   * them back after logging in; a guesser gets 480 a day, against passwords that are not common.
   * Checked first, so one address flooding one account uses up nothing of the limits below.
   */
  loginAddressAccount: {
    name: 'login.address_account',
    limit: 5,
    periodMs: 15 * minute,
    onSuccess: 'forget',
  },
  /**
   * Failed password attempts from one address, whatever the account: 100 per 15 minutes. Stops
   * password spraying (one common guess for many accounts) and bounds the Argon2 work one address
   * causes to about 0.1 check per second; an authority's office behind one NAT address may still
   * mistype a hundred times in a quarter of an hour, since successful logins give their unit back.
   */
  loginAddress: {
    name: 'login.address',
    limit: 100,
    periodMs: 15 * minute,
    onSuccess: 'giveBack',
  },
  /**
   * Failed password attempts for one account from anywhere: 50 per 15 minutes, the ceiling that
   * holds when addresses rotate behind a trusted proxy (a botnet). High on purpose, because an
   * attacker can use it to lock the owner out: with the pair limit above, that takes ten
   * addresses guessing without pause, and ends a few minutes after they stop (refused attempts
   * use nothing up). Guessing from everywhere at once gets at most 4,800 attempts a day per
   * account; a hard lock-out after fewer would hand that attacker a switch to turn accounts off.
   */
  loginAccount: {
    name: 'login.account',
    limit: 50,
    periodMs: 15 * minute,
    onSuccess: 'giveBack',
  },
  /**
   * TOTP and recovery codes for one user, together: 5 per 15 minutes. Only someone who knows the
   * password gets here. With three valid TOTP codes at any time (one step of grace each side),
   * 480 guesses a day succeed with a chance of about 0.14 %; a code that works forgives the rest.
   */
  secondFactor: {
    name: 'login.second_factor',
    limit: 5,
    periodMs: 15 * minute,
    onSuccess: 'forget',
  },
  /**
   * Password changes of one user: 10 per 15 minutes. The caller holds a full session already;
   * each attempt verifies the current password and hashes the new one (two Argon2 runs), and a
   * new password the policy refuses counts too, hence more room than for logins.
   */
  passwordChange: {
    name: 'account.password_change',
    limit: 10,
    periodMs: 15 * minute,
    onSuccess: 'forget',
  },
  /**
   * Invitation acceptances from one address: 20 per 15 minutes. Accepting hashes the new
   * password before the invitation is looked up, so this bounds the Argon2 work random tokens
   * cause, with room for a team accepting its invitations from one office.
   */
  invitationAddress: {
    name: 'invitation.address',
    limit: 20,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Acceptances of one invitation token: 5 per 15 minutes. A token works once; more attempts with
   * one only come from a person whose accepted password is refused for the moment (a lost
   * connection) or from a copy of the link in other hands.
   */
  invitationToken: {
    name: 'invitation.token',
    limit: 5,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Checks of invitation links from one address: 40 per 15 minutes. The invitation page checks
   * its link before it shows the form; a check costs one indexed lookup and no Argon2, so this
   * only stops one address from scanning tokens, with room for an office opening twice as many
   * links as it may accept.
   */
  invitationCheckAddress: {
    name: 'invitation_check.address',
    limit: 40,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Checks of one invitation token: 10 per 15 minutes, twice its acceptances: every view of the
   * page checks, including the one after a password the policy refused.
   */
  invitationCheckToken: {
    name: 'invitation_check.token',
    limit: 10,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Setup completions from one address: 20 per 15 minutes, as invitation acceptances. Completing
   * hashes the password before the token is looked up, so this bounds the Argon2 work random
   * tokens cause; the one person setting up needs a few attempts at most.
   */
  setupAddress: {
    name: 'setup.address',
    limit: 20,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Completions with one setup token: 5 per 15 minutes, as for an invitation token. The token
   * works once; more attempts come from a password the policy refused or a lost connection.
   */
  setupToken: {
    name: 'setup.token',
    limit: 5,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Checks of setup links from one address: 40 per 15 minutes, as for invitation links. The
   * setup page checks its link before it shows the form; this stops one address scanning tokens.
   */
  setupCheckAddress: {
    name: 'setup_check.address',
    limit: 40,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /** Checks of one setup token: 10 per 15 minutes, twice its completions (every page view checks). */
  setupCheckToken: {
    name: 'setup_check.token',
    limit: 10,
    periodMs: 15 * minute,
    onSuccess: 'keep',
  },
  /**
   * Requests of one vendor API key: 600 per minute, 10 per second sustained with a burst of 600.
   * Enough to synchronise a self-assessment or submit bids by script; one key cannot take more
   * than a small part of what this kind of machine serves (about 200 mixed reads per second in
   * the test plan's R8).
   */
  apiKey: {
    name: 'api_key.requests',
    limit: 600,
    periodMs: minute,
    onSuccess: 'keep',
  },
  /**
   * Analysis units of one client (its account when signed in or using an API key, else its
   * address): 120 per minute. See {@link analysisCosts} for what each analysis costs.
   */
  analysis: {
    name: 'analysis.client',
    limit: 120,
    periodMs: minute,
    onSuccess: 'keep',
  },
} as const satisfies Record<string, RateLimit>;

/**
 * Base units of {@link rateLimits.analysis} per request. What-ifs (evaluate, price preview, AHP,
 * weighting) take milliseconds at the size a person sends: dragging a weight slider stays far
 * below the limit. Analyses that sample or simulate (sensitivity with SMAA, simulation) take up to
 * seconds of CPU each, so a client gets twelve a minute.
 */
export const analysisCosts = { inline: 1, worker: 10 } as const;

/**
 * Request body bytes that cost one more unit of {@link rateLimits.analysis}. The work of an
 * analysis grows with its body (every bid states every criterion), and a body costs CPU to parse
 * and validate before anything else: a 1 MiB evaluation (about 300 criteria × 80 bids) took seconds.
 * At 16 KiB a unit, the largest body costs 64 units more than its base, so one client sends at
 * most about two a minute at its limit, while the worked examples (2 to 10 KiB) cost the base.
 */
export const analysisBytesPerUnit = 16 * 1024;

/**
 * What one analysis request costs: its kind's base units, plus one per whole
 * {@link analysisBytesPerUnit} of request body; never more than the whole limit, so every
 * request the body limit admits can be allowed after waiting.
 */
export function analysisCost(kind: keyof typeof analysisCosts, bodyBytes: number): number {
  const bySize = Math.floor(Math.max(0, bodyBytes) / analysisBytesPerUnit);
  return Math.min(rateLimits.analysis.limit, analysisCosts[kind] + bySize);
}
