import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailSendError, type MailSender } from '../../../src/adapters/mail/mail-sender.ts';
import { createSmtpSender } from '../../../src/adapters/mail/smtp-sender.ts';
import type { SmtpConfig } from '../../../src/smtp-config.ts';

/** The error a send fails with; fails the test when the send succeeds. */
async function sendError(sender: MailSender, to: string): Promise<MailSendError> {
  try {
    await sender.send({ to, subject: 'Test', text: 'Test' });
  } catch (error) {
    if (error instanceof MailSendError) return error;
    throw error;
  }
  throw new Error('the send succeeded');
}

/**
 * One in-process relay on 127.0.0.1 for the whole file. It offers no STARTTLS, so a sender that
 * requires TLS must refuse it; it accepts one user and refuses one mailbox with 550.
 */
describe('SMTP sender', () => {
  const received: ParsedMail[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'notices' && auth.password === 'pa:ss wörd') {
          callback(null, { user: auth.username });
        } else {
          callback(
            Object.assign(new Error('Invalid credentials for pa:ss'), { responseCode: 535 }),
          );
        }
      },
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('gone@')) {
          callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
        } else {
          callback();
        }
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const config = (overrides: Partial<SmtpConfig> = {}): SmtpConfig => ({
    host: '127.0.0.1',
    port,
    implicitTls: false,
    requireTls: false,
    user: 'notices',
    password: 'pa:ss wörd',
    from: 'Vergabestelle <vergabe@example.org>',
    ...overrides,
  });

  it('delivers a German subject with umlauts and € and the body intact', async () => {
    const sender = createSmtpSender(config());
    const subject = 'Berichtigung: Schätzwert 250.000 € für „Bürgerportal Süd“';
    const text = 'Die Frist verlängert sich um 7 Tage.\nGrüße aus der Vergabestelle – ÄÖÜ ß €\n';
    await sender.send({ to: 'bieterin@example.com', subject, text });
    await sender.close();

    const mail = received.at(-1)!;
    expect(mail.subject).toBe(subject);
    expect(mail.text).toBe(text);
    expect(mail.from?.value[0]).toEqual({ name: 'Vergabestelle', address: 'vergabe@example.org' });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address).toBe(
      'bieterin@example.com',
    );
  });

  it('refuses a relay without TLS unless allowed for localhost, and sends nothing', async () => {
    const count = received.length;
    const sender = createSmtpSender(config({ requireTls: true }));
    const error = await sendError(sender, 'bieterin@example.com');
    await sender.close();
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ code: 'tls', permanent: false });
    expect(received.length).toBe(count);
  });

  it('reports refusals as short codes without the relay text or the password', async () => {
    const wrongPassword = createSmtpSender(config({ password: 'wrong' }));
    const authError = await sendError(wrongPassword, 'bieterin@example.com');
    await wrongPassword.close();
    // Bad credentials are the operator's to fix: retried, not given up.
    expect(authError).toMatchObject({ code: 'smtp_535', permanent: false });
    expect(authError.message).not.toMatch(/pa:ss|wrong|Invalid/);

    const sender = createSmtpSender(config());
    const mailboxError = await sendError(sender, 'gone@example.com');
    await sender.close();
    expect(mailboxError).toMatchObject({ code: 'smtp_550', permanent: true });
    expect(mailboxError.message).not.toMatch(/gone@|No such user/);
  });
});
