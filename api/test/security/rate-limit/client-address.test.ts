import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { isAddressRange, resolveClientAddress } from '../../../src/address-ranges.ts';

describe('the client address', () => {
  const proxies = ['10.0.0.0/8', '2001:db8:ff::/48', '192.0.2.10'];

  it('is the peer, whatever the headers say, without trusted proxies', () => {
    expect(resolveClientAddress('198.51.100.7', '203.0.113.9', [])).toBe('198.51.100.7');
    expect(resolveClientAddress('::ffff:198.51.100.7', undefined, [])).toBe('198.51.100.7');
    expect(resolveClientAddress('2001:DB8::1', undefined, [])).toBe('2001:db8::1');
  });

  it('is the peer when the peer is not a trusted proxy', () => {
    expect(resolveClientAddress('198.51.100.7', '203.0.113.9', proxies)).toBe('198.51.100.7');
  });

  it('is the right-most forwarded address that is not a trusted proxy', () => {
    // A client-written entry on the left is ignored: only the trusted hops' entries count.
    expect(resolveClientAddress('10.0.0.2', 'forged, 203.0.113.9', proxies)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9, 10.1.1.1', proxies)).toBe(
      '203.0.113.9',
    );
    expect(
      resolveClientAddress('::ffff:10.0.0.2', '203.0.113.9:51234,[2001:db8:ff::5]:443', proxies),
    ).toBe('203.0.113.9');
    expect(resolveClientAddress('192.0.2.10', '[2001:DB8:1::7]', proxies)).toBe('2001:db8:1::7');
  });

  it('stops at the nearest trusted hop when an entry is not an address, or all hops are proxies', () => {
    expect(resolveClientAddress('10.0.0.2', '203.0.113.9, unknown', proxies)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '203.0.113.9, unknown, 10.0.0.3', proxies)).toBe(
      '10.0.0.3',
    );
    expect(resolveClientAddress('10.0.0.2', '10.0.0.7, 10.0.0.3', proxies)).toBe('10.0.0.7');
    expect(resolveClientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
  });

  it('accepts addresses and CIDR ranges as TRUSTED_PROXIES, nothing else', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '::ffff:10.0.0.1']) {
      expect(isAddressRange(entry), entry).toBe(true);
    }
    for (const entry of ['', 'localhost', '10.0.0.0/33', '::/129', '10.0.0.1:80', '10.0.0.0/8/1']) {
      expect(isAddressRange(entry), entry).toBe(false);
    }
  });
});

describe('TRUSTED_PROXIES', () => {
  it('is empty by default and read as a comma-separated list', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8 ,,' }).trustedProxies).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
  });

  it('stops the start with a message naming the variable', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '127.0.0.1,proxy.internal' })).toThrow(
      /TRUSTED_PROXIES\.1: must be IP addresses or CIDR ranges/,
    );
  });
});
