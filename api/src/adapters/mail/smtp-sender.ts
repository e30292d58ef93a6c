import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../../smtp-config.ts';
import { MailSendError, type MailMessage, type MailSender } from './mail-sender.ts';

/**
 * Long enough for a slow relay, short enough that a hung one does not hold a delivery past its
 * claim (see the notice dispatcher's lease).
 */
const timeoutMs = 30_000;

/**
 * Sends through an SMTP relay with nodemailer. TLS is required (STARTTLS, or TLS from the first
 * byte on port 465) and the relay's certificate is verified, unless the configuration allowed a
 * plain relay on localhost. Messages may not pull files or URLs into themselves.
 */
export function createSmtpSender(config: SmtpConfig): MailSender {
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.implicitTls,
    requireTLS: config.requireTls && !config.implicitTls,
    ignoreTLS: !config.requireTls,
    auth:
      config.user !== undefined && config.password !== undefined
        ? { user: config.user, pass: config.password }
        : undefined,
    tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });
  return {
    async send(message: MailMessage) {
      try {
        await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
      } catch (error) {
        throw toMailSendError(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/**
 * Keeps only nodemailer's error code and the relay's reply code, never a message. Only a relay's
 * final refusal of the recipient or the message is permanent; connection, TLS and credential
 * failures are the operator's to fix, so the delivery is tried again later.
 */
export function toMailSendError(error: unknown): MailSendError {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const transportCode = typeof code === 'string' && /^E[A-Z]{2,15}$/.test(code) ? code : undefined;
  const reply =
    typeof responseCode === 'number' && responseCode >= 400 && responseCode < 600
      ? responseCode
      : undefined;
  const permanent =
    reply !== undefined &&
    reply >= 500 &&
    (transportCode === 'EENVELOPE' || transportCode === 'EMESSAGE');
  if (transportCode === 'ETIMEDOUT') return new MailSendError('timeout', false);
  if (transportCode === 'ETLS' || transportCode === 'EREQUIRETLS') {
    return new MailSendError('tls', false);
  }
  if (reply !== undefined) return new MailSendError(`smtp_${reply}`, permanent);
  if (transportCode) return new MailSendError(transportCode.slice(1).toLowerCase(), false);
  return new MailSendError('send_failed', false);
}
