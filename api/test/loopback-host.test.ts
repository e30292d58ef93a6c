import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../src/address-ranges.ts';
import { loadConfig } from '../src/config.ts';
import { serviceSettingsOf } from '../src/services/context.ts';

describe('a loopback host', () => {
  it('is localhost, 127.0.0.0/8 or ::1, however written', () => {
    for (const host of [
      'localhost',
      'LOCALHOST.',
      'app.localhost',
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
  });

  it('is not an address of every interface, of the network, or a name', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      '128.0.0.1',
      '2001:db8::1',
      'tenderwise.example.org',
      'localhost.example.org',
      '',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});

describe('an installation reachable from this machine only', () => {
  const loopbackOnly = (env: Record<string, string>) =>
    serviceSettingsOf(loadConfig(env)).installation.loopbackOnly;

  it('listens on a loopback address and is reached at one', () => {
    expect(loopbackOnly({})).toBe(true);
    expect(loopbackOnly({ HOST: '::1', PUBLIC_ORIGIN: 'http://localhost:3000' })).toBe(true);
  });

  it('is not one that listens on every interface, or sits behind a proxy with a public origin', () => {
    expect(loopbackOnly({ HOST: '0.0.0.0' })).toBe(false);
    expect(loopbackOnly({ PUBLIC_ORIGIN: 'https://tenderwise.example.org' })).toBe(false);
  });
});
