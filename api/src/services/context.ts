import type { PassphraseKeyParameters } from '../security/vault/passphrase-key.ts';
import type { Kysely, Transaction } from 'kysely';
import { isLoopbackHost } from '../address-ranges.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/types.ts';
import {
  defaultInvitationLifetimeMs,
  defaultSessionLifetimes,
  invitationLifetimeMs,
  sessionLifetimes,
  type SessionLifetimes,
} from '../domain/accounts/lifetimes.ts';
import type { LanguageModel } from '../adapters/language-model/language-model.ts';
import type { Logger } from '../logger.ts';
import type { Principal } from '../security/access/principal.ts';
import type { PasswordHashing } from '../security/credentials/passwords.ts';

/** Settings the domain verbs read; derived once from the configuration. */
export interface ServiceSettings {
  /** How long an invitation link to set the first password is valid. */
  invitationLifetimeMs: number;
  /** Lifetimes of full sessions created at login. */
  sessionLifetimes: SessionLifetimes;
  installation: InstallationSettings;
  /** Largest evidence document a vendor may upload, in bytes (`EVIDENCE_MAX_BYTES`). */
  evidenceMaxBytes: number;
  /**
   * Whether notices also go out by e-mail: SMTP is configured (ADR 0036). Producers pass it to
   * `enqueueNotice` as its `email` option.
   */
  noticeEmail: boolean;
}

/** Where and how this installation runs, for the verbs that depend on it (the demo loader). */
export interface InstallationSettings {
  /**
   * Whether the server can be reached from this machine only: it listens on a loopback address
   * (`HOST`) and users reach it at one (`PUBLIC_ORIGIN`; a proxy in front of a loopback listener
   * makes it public).
   */
  loopbackOnly: boolean;
  /**
   * The data directory, where files for the operator go (the demo users' credentials); null
   * where there is none to write to (tests that do not ask for one).
   */
  dataDir: string | null;
}

/**
 * What every domain verb receives, whoever calls it: a route, a job, the assistant or a command
 * on the server. A verb's first step is `authorize(ctx, { operationId, object })` against the
 * policy table, so a verb called directly is exactly as safe as one called over HTTP.
 */
export interface ServiceContext {
  /** The database, or the caller's transaction: the verb then runs inside it. */
  db: Kysely<DB> | Transaction<DB>;
  clock: Clock;
  /** Who calls: a signed-in user, a vendor's API key, anonymous, or the operator. */
  principal: Principal;
  /** The request's id for the audit log, or null outside a request. */
  requestId: string | null;
  /**
   * Where security events go besides the audit log (ids and outcomes only, never a password,
   * token, code or submitted user name).
   */
  logger: Logger;
  settings: ServiceSettings;
  /**
   * How passwords are hashed and checked; production's Argon2id parameters when omitted. Tests
   * inject a cheap cost here (`AppDeps.passwordHashing` for requests); the production parameters
   * are asserted once, where the server wires its dependencies.
   */
  passwordHashing?: PasswordHashing;
  /** The Argon2id cost of opening passphrases (ADR 0040); production's when omitted. */
  openingKeyCost?: PassphraseKeyParameters;
  /**
   * The operator's language model (`LLM_BASE_URL`), which may read a turn the parser could not;
   * absent or null without one, and the assistant works the same (ADR 0039).
   */
  languageModel?: LanguageModel | null;
}

/** The evidence size limit when `EVIDENCE_MAX_BYTES` is not set: 20 MiB. */
export const defaultEvidenceMaxBytes = 20 * 1024 * 1024;

export const defaultServiceSettings: ServiceSettings = Object.freeze({
  invitationLifetimeMs: defaultInvitationLifetimeMs,
  sessionLifetimes: defaultSessionLifetimes,
  installation: Object.freeze({ loopbackOnly: true, dataDir: null }),
  evidenceMaxBytes: defaultEvidenceMaxBytes,
  noticeEmail: false,
});

export function serviceSettingsOf(
  config: Pick<
    Config,
    | 'invitationHours'
    | 'sessionIdleMinutes'
    | 'sessionAbsoluteHours'
    | 'host'
    | 'publicOrigin'
    | 'dataDir'
    | 'evidenceMaxBytes'
    | 'smtp'
  >,
): ServiceSettings {
  return {
    invitationLifetimeMs: invitationLifetimeMs(config),
    sessionLifetimes: sessionLifetimes(config),
    installation: {
      loopbackOnly:
        isLoopbackHost(config.host) && isLoopbackHost(new URL(config.publicOrigin).hostname),
      dataDir: config.dataDir,
    },
    evidenceMaxBytes: config.evidenceMaxBytes,
    noticeEmail: config.smtp !== undefined && config.smtp !== null,
  };
}
