import path from 'node:path';
import { z } from 'zod';
import { isAddressRange } from './address-ranges.ts';
import { languageModelConfigFrom, languageModelEnvShape } from './language-model-config.ts';
import { smtpConfigFrom, smtpEnvShape } from './smtp-config.ts';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const EnvSchema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_ORIGIN: z
      .url({ protocol: /^https?$/ })
      .transform((value) => new URL(value).origin)
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/ })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    LOG_LEVEL: LogLevel.default('info'),
    CLOCK: z.enum(['database', 'system']).default('database'),
    // Session lifetimes follow NIST SP 800-63B-3 for AAL2 (re-authenticate after 30 minutes of
    // inactivity and at least every 12 hours), which ASVS 7.3 asks us to justify against: an
    // officer's workstation left unlocked is the main risk the idle timeout covers, and 12 hours
    // is one working day, so nobody logs in twice a day but no session survives overnight.
    // The bounds stop settings that would defeat the purpose (a week-long idle timeout).
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(168).default(12),
    // Invitation links are handed over by an administrator by hand for now, which can take a
    // weekend; 72 hours covers that without leaving unused links valid for long.
    INVITATION_HOURS: z.coerce.number().int().min(1).max(720).default(72),
    // An evidence document (a C5 or ISO report, a certificate) is read whole into memory and
    // stored in the database; 20 MiB holds a long audit report with scanned annexes. The ceiling
    // keeps one upload from taking the server's memory.
    EVIDENCE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(20 * 1024 * 1024),
    // Reverse proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDR ranges
    // (`127.0.0.1,10.0.0.0/8`). None by default: any client can write that header, and rate
    // limits key on the client's address, so without a proxy the socket's peer is the client.
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ''),
      )
      .pipe(
        z.array(
          z.string().refine(isAddressRange, 'must be IP addresses or CIDR ranges, comma-separated'),
        ),
      ),
    // Notices go out by e-mail only when a relay is configured (ADR 0036); TLS is required.
    ...smtpEnvShape,
    // An optional self-hosted language model for the assistant; off unless LLM_BASE_URL is set.
    ...languageModelEnvShape,
  })
  .superRefine((env, ctx) => {
    for (const problem of [
      ...smtpConfigFrom(env).problems,
      ...languageModelConfigFrom(env).problems,
    ]) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
  })
  .refine((env) => env.SESSION_IDLE_MINUTES <= env.SESSION_ABSOLUTE_HOURS * 60, {
    path: ['SESSION_IDLE_MINUTES'],
    message: 'must not exceed SESSION_ABSOLUTE_HOURS',
  })
  .transform((env) => ({
    host: env.HOST,
    port: env.PORT,
    // Cookie security, origin checks and HSTS follow the address users actually reach; without
    // one configured, that is the address we listen on.
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://${formatHost(env.HOST)}:${env.PORT}`,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    logLevel: env.LOG_LEVEL,
    clock: env.CLOCK,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
    invitationHours: env.INVITATION_HOURS,
    evidenceMaxBytes: env.EVIDENCE_MAX_BYTES,
    trustedProxies: env.TRUSTED_PROXIES,
    smtp: smtpConfigFrom(env).smtp,
    languageModel: languageModelConfigFrom(env).languageModel,
  }));

export type Config = z.output<typeof EnvSchema>;
export type LogLevel = z.output<typeof LogLevel>;

/** Thrown when the environment cannot be turned into a configuration; its message lists every problem. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the process environment once, at start-up. Relative paths are resolved against the
 * directory the user ran the command from (npm's INIT_CWD), not the workspace npm switched to.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  baseDir: string = env.INIT_CWD ?? process.cwd(),
): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(baseDir, parsed.data.dataDir) };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Whether this configuration runs on the embedded database in DATA_DIR. */
export function isEmbedded(config: Pick<Config, 'databaseUrl'>): boolean {
  return config.databaseUrl === undefined;
}
