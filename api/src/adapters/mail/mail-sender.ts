/** One e-mail: plain text always, HTML optionally. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends e-mail; the notice dispatcher depends on this, never on a mail library. */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
  /** Releases connections; sending afterwards is an error. */
  close(): Promise<void>;
}

/**
 * Why a message was not sent, as a short code safe to store and log (`smtp_550`, `timeout`):
 * a mail server's own text may echo addresses or credentials, so it is never kept.
 * `permanent` says that sending the same message again cannot succeed.
 */
export class MailSendError extends Error {
  override name = 'MailSendError';
  readonly code: string;
  readonly permanent: boolean;
  constructor(code: string, permanent: boolean) {
    super(`the message was not sent (${code})`);
    this.code = code;
    this.permanent = permanent;
  }
}
