import { describe, expect, it } from 'vitest';
import { ConfigError, isEmbedded, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({}, '/srv/tenderwise');
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 3000,
      publicOrigin: 'http://127.0.0.1:3000',
      dataDir: '/srv/tenderwise/data',
      databaseUrl: undefined,
      logLevel: 'info',
      clock: 'database',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      invitationHours: 72,
      evidenceMaxBytes: 20 * 1024 * 1024,
      trustedProxies: [],
    });
    expect(isEmbedded(config)).toBe(true);
  });

  it('resolves a relative DATA_DIR against the directory the command ran in', () => {
    expect(loadConfig({ DATA_DIR: 'var/db', INIT_CWD: '/home/ops' }).dataDir).toBe(
      '/home/ops/var/db',
    );
    expect(loadConfig({ DATA_DIR: '/abs/dir' }, '/elsewhere').dataDir).toBe('/abs/dir');
  });

  it('reduces PUBLIC_ORIGIN to its origin and uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      PUBLIC_ORIGIN: 'https://tenderwise.example.org/some/path',
      DATABASE_URL: 'postgres://app@db.internal:5432/tenderwise',
      PORT: '8080',
    });
    expect(config.publicOrigin).toBe('https://tenderwise.example.org');
    expect(config.port).toBe(8080);
    expect(isEmbedded(config)).toBe(false);
  });

  it('reads session and invitation lifetimes', () => {
    const config = loadConfig({
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      INVITATION_HOURS: '24',
    });
    expect(config).toMatchObject({
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
      invitationHours: 24,
    });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('brackets an IPv6 host in the default public origin', () => {
    expect(loadConfig({ HOST: '::1', PORT: '3100' }).publicOrigin).toBe('http://[::1]:3100');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_ORIGIN: 'ftp://example.org' }, 'PUBLIC_ORIGIN'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ CLOCK: 'sundial' }, 'CLOCK'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
    [{ SESSION_IDLE_MINUTES: '2000' }, 'SESSION_IDLE_MINUTES'],
    [{ SESSION_ABSOLUTE_HOURS: '1.5' }, 'SESSION_ABSOLUTE_HOURS'],
    [{ SESSION_IDLE_MINUTES: '120', SESSION_ABSOLUTE_HOURS: '1' }, 'SESSION_IDLE_MINUTES'],
    [{ INVITATION_HOURS: '0' }, 'INVITATION_HOURS'],
    [{ EVIDENCE_MAX_BYTES: '10' }, 'EVIDENCE_MAX_BYTES'],
    [{ EVIDENCE_MAX_BYTES: String(200 * 1024 * 1024) }, 'EVIDENCE_MAX_BYTES'],
  ])('refuses %o with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('LOG_LEVEL');
    }
  });

  it('never repeats a database password in its message', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:hunter2@db/x' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('SMTP configuration', () => {
  const from = 'Vergabestelle <vergabe@example.org>';

  it('is absent unless a relay is named, and then needs a sender', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    expect(() => loadConfig({ SMTP_HOST: 'relay.example.org' })).toThrow(/MAIL_FROM: /);
    expect(() => loadConfig({ SMTP_USER: 'notices' })).toThrow(/SMTP_USER: needs SMTP_HOST/);
  });

  it('reads a URL with percent-encoded credentials, requiring TLS', () => {
    expect(
      loadConfig({ SMTP_URL: 'smtps://notices:p%40ss%3Aw@relay.example.org', MAIL_FROM: from })
        .smtp,
    ).toEqual({
      host: 'relay.example.org',
      port: 465,
      implicitTls: true,
      requireTls: true,
      user: 'notices',
      password: 'p@ss:w',
      from,
    });
    expect(
      loadConfig({ SMTP_HOST: 'relay.example.org', MAIL_FROM: 'vergabe@example.org' }).smtp,
    ).toMatchObject({ port: 587, implicitTls: false, requireTls: true, user: undefined });
  });

  it.each([
    [{ SMTP_URL: 'smtp://relay.example.org', SMTP_HOST: 'relay.example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'http://relay.example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://relay.example.org', SMTP_PORT: '25' }, 'SMTP_PORT'],
    [{ SMTP_HOST: 'relay.example.org', SMTP_USER: 'notices' }, 'SMTP_USER'],
    [{ SMTP_HOST: 'relay.example.org', SMTP_PORT: '70000' }, 'SMTP_PORT'],
    [
      { SMTP_HOST: 'relay.example.org', SMTP_ALLOW_INSECURE_LOCALHOST: 'true' },
      'SMTP_ALLOW_INSECURE_LOCALHOST',
    ],
    [{ SMTP_HOST: 'relay.example.org', MAIL_FROM: 'not an address' }, 'MAIL_FROM'],
  ])('refuses %o naming %s', (env, variable) => {
    expect(() => loadConfig({ MAIL_FROM: from, ...env })).toThrow(new RegExp(`\\n  ${variable}: `));
  });

  it('allows a relay without TLS on localhost only when told to', () => {
    expect(
      loadConfig({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '2525',
        SMTP_ALLOW_INSECURE_LOCALHOST: 'true',
        MAIL_FROM: from,
      }).smtp,
    ).toMatchObject({ host: '127.0.0.1', port: 2525, requireTls: false });
  });

  it('never repeats the SMTP password in a message or a log line', () => {
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://notices:hunter2@relay.example.org:99999', MAIL_FROM: from }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const config = loadConfig({
      SMTP_URL: 'smtp://notices:hunter2@relay.example.org',
      MAIL_FROM: from,
    });
    logger.info({ config }, 'configuration');
    expect(lines.join('')).not.toContain('hunter2');
  });
});

describe('language model configuration', () => {
  it('is off unless an endpoint is named, and then needs a model', () => {
    expect(loadConfig({}).languageModel).toBeUndefined();
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:8080/v1' })).toThrow(/LLM_MODEL: /);
    expect(() => loadConfig({ LLM_API_KEY: 'sk-1' })).toThrow(/LLM_API_KEY: needs LLM_BASE_URL/);
  });

  it('reads the endpoint without a trailing slash, with a default timeout', () => {
    expect(
      loadConfig({ LLM_BASE_URL: 'https://llm.internal/v1/', LLM_MODEL: 'mistral-small' })
        .languageModel,
    ).toEqual({
      baseUrl: 'https://llm.internal/v1',
      model: 'mistral-small',
      apiKey: undefined,
      timeoutMs: 8000,
    });
  });

  it.each([
    [{ LLM_BASE_URL: 'ftp://llm.internal' }, 'LLM_BASE_URL'],
    [{ LLM_BASE_URL: 'https://user:sk-1@llm.internal/v1' }, 'LLM_BASE_URL'],
    [{ LLM_BASE_URL: 'https://llm.internal/v1', LLM_TIMEOUT_MS: '10' }, 'LLM_TIMEOUT_MS'],
  ])('refuses %o naming %s', (env, variable) => {
    expect(() => loadConfig({ LLM_MODEL: 'm', ...env })).toThrow(new RegExp(`\\n  ${variable}: `));
  });

  it('never repeats the key in a message or a log line', () => {
    expect(() =>
      loadConfig({ LLM_BASE_URL: 'https://u:sk-hunter2@llm.internal', LLM_MODEL: 'm' }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const config = loadConfig({
      LLM_BASE_URL: 'https://llm.internal/v1',
      LLM_MODEL: 'm',
      LLM_API_KEY: 'sk-hunter2',
    });
    logger.info({ config }, 'configuration');
    expect(lines.join('')).not.toContain('hunter2');
  });
});
