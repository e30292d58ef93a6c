import { z } from 'zod';

/** How the server reaches its SMTP relay; absent when e-mail is not configured. */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465, `smtps://`); otherwise STARTTLS. */
  implicitTls: boolean;
  /** False only when explicitly allowed for a relay on this machine. */
  requireTls: boolean;
  user: string | undefined;
  password: string | undefined;
  /** The sender, an address or `Name <address>`. */
  from: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The environment variables this reads, validated with the rest of the configuration. */
export const smtpEnvShape = {
  SMTP_URL: z
    .url({ protocol: /^smtps?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, 'must be a host name or address')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).max(254).optional(),
  SMTP_PASSWORD: z.string().min(1).max(1024).optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>\r\n@]{1,100} <[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/,
      'must be an address or "Name <address>"',
    )
    .optional(),
  SMTP_ALLOW_INSECURE_LOCALHOST: z.enum(['true', 'false']).default('false'),
};

type SmtpEnv = z.output<z.ZodObject<typeof smtpEnvShape>>;

export interface SmtpProblem {
  path: string;
  message: string;
}

/**
 * Turns the validated variables into one SMTP configuration, or lists why it cannot. SMTP_URL
 * and SMTP_HOST are alternatives; credentials in the URL are percent-decoded.
 */
export function smtpConfigFrom(env: SmtpEnv): { smtp?: SmtpConfig; problems: SmtpProblem[] } {
  const problems: SmtpProblem[] = [];
  if (env.SMTP_URL && env.SMTP_HOST) {
    problems.push({ path: 'SMTP_URL', message: 'set SMTP_URL or SMTP_HOST, not both' });
    return { problems };
  }
  if (!env.SMTP_URL && !env.SMTP_HOST) {
    for (const name of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD'] as const) {
      if (env[name] !== undefined) problems.push({ path: name, message: 'needs SMTP_HOST' });
    }
    return { problems };
  }
  let host: string;
  let port: number;
  let implicitTls: boolean;
  let user = env.SMTP_USER;
  let password = env.SMTP_PASSWORD;
  if (env.SMTP_URL && env.SMTP_PORT !== undefined) {
    problems.push({ path: 'SMTP_PORT', message: 'goes with SMTP_HOST; put the port in SMTP_URL' });
  }
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    implicitTls = url.protocol === 'smtps:';
    host = url.hostname;
    port = url.port === '' ? (implicitTls ? 465 : 587) : Number(url.port);
    if (url.username !== '') user = decodeURIComponent(url.username);
    if (url.password !== '') password = decodeURIComponent(url.password);
  } else {
    host = env.SMTP_HOST!;
    port = env.SMTP_PORT ?? 587;
    implicitTls = port === 465;
  }
  if ((user === undefined) !== (password === undefined)) {
    problems.push({ path: 'SMTP_USER', message: 'SMTP user and password go together' });
  }
  if (!env.MAIL_FROM) {
    problems.push({ path: 'MAIL_FROM', message: 'is required when SMTP is configured' });
  }
  const insecure = env.SMTP_ALLOW_INSECURE_LOCALHOST === 'true';
  if (insecure && !loopbackHosts.has(host)) {
    problems.push({
      path: 'SMTP_ALLOW_INSECURE_LOCALHOST',
      message: 'only allowed for a relay on localhost; elsewhere TLS is required',
    });
  }
  if (problems.length > 0) return { problems };
  return {
    smtp: {
      host: host.replace(/^\[(.*)\]$/, '$1'),
      port,
      implicitTls,
      requireTls: !insecure,
      user,
      password,
      from: env.MAIL_FROM!,
    },
    problems,
  };
}
