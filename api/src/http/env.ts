import type { PassphraseKeyParameters } from '../security/vault/passphrase-key.ts';
import type { Kysely } from 'kysely';
import type { PasswordHashing } from '../security/credentials/passwords.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/open.ts';
import type { DB } from '../db/types.ts';
import type { Logger } from '../logger.ts';
import type { Authentication } from './authenticate.ts';
import type { AppBindings } from './client-address.ts';

/** What the application needs from the outside world; created once per process (or per test). */
export interface AppDeps {
  db: Kysely<DB>;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Which database `db` talks to; derived from `config.databaseUrl` when omitted. */
  backend?: DatabaseHandle['backend'];
  /**
   * How passwords are hashed and checked; production's Argon2id parameters when omitted, which is
   * what the server does. Tests pass a cheaper cost here.
   */
  passwordHashing?: PasswordHashing;
  /**
   * The Argon2id cost that locks opening officers' keys under their passphrases (ADR 0040);
   * production's when omitted. Tests pass a cheaper cost here.
   */
  openingKeyCost?: PassphraseKeyParameters;
  /**
   * The setup link this process offered at start (`runtime/first-run/`), told when the setup page
   * has created the first administrator, so that its owner-only file in DATA_DIR goes at once.
   * Absent where no link was offered (tests, the operator's tools). Must not throw.
   */
  setupLink?: { administratorCreated(): Promise<void> };
}

/** Settings of the HTTP layer itself, with defaults for production. */
export interface HttpOptions {
  /** Largest accepted request body in bytes where an operation declares none; default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * A response that does not match its declared schema fails with 500 instead of being logged
   * and stripped. Default: on under Vitest or NODE_ENV=test, off otherwise.
   */
  strictResponses?: boolean;
  /**
   * Request bodies of the heavy analyses above this many bytes are answered whole on the
   * analysis workers (ADR 0021); default `offThreadBodyBytes` (32 KiB). Tests lower it to send
   * small examples both ways.
   */
  offThreadBodyBytes?: number;
}

export interface RequestVariables {
  deps: AppDeps;
  requestId: string;
  /** The application logger bound to this request's id. */
  logger: Logger;
  strictResponses: boolean;
  /** See `HttpOptions.offThreadBodyBytes`. */
  offThreadBodyBytes: number;
  /** The caller's credential and, on demand, principal; set for `/api/*` (see authenticate.ts). */
  authentication?: Authentication;
  /**
   * Set by the operation's guard: whether its policy row admits every caller. Such an operation
   * never looks up the caller's credential (ADR 0008); see `serviceContextOf`.
   */
  publicOperation?: boolean;
}

export interface AppEnv {
  Bindings: AppBindings;
  Variables: RequestVariables;
}
