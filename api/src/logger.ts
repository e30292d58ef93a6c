import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/**
 * Structured JSON logs, one event per line. Known secret-bearing fields are redacted wherever
 * they appear; request bodies are never passed to the logger in the first place.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tenderwise' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'password',
          '*.password',
          'passphrase',
          '*.passphrase',
          'token',
          '*.token',
          'secret',
          '*.secret',
          'authorization',
          '*.authorization',
          'cookie',
          '*.cookie',
          'headers.authorization',
          'headers.cookie',
          'databaseUrl',
          '*.databaseUrl',
          'smtp',
          '*.smtp',
          'apiKey',
          '*.apiKey',
          'languageModel.apiKey',
          '*.languageModel.apiKey',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
