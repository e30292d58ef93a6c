/** Client addresses behind trusted proxies: pure parsing of addresses and CIDR ranges. */
import { BlockList, isIP } from 'node:net';

/**
 * The client behind `peer` (see {@link clientAddressOf}). When every forwarded hop is a trusted
 * proxy, the left-most is the client as far as anyone can tell; an entry that is not an address
 * stops the walk at the nearest trusted hop, so a garbled header groups its senders together
 * instead of giving each a key of its own.
 */
export function resolveClientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trustedProxies: readonly string[],
): string {
  const peerAddress = normaliseAddress(peer) ?? peer;
  if (trustedProxies.length === 0 || forwardedFor === undefined) return peerAddress;
  const trusted = blockListOf(trustedProxies);
  if (!isTrusted(trusted, peerAddress)) return peerAddress;
  let nearest = peerAddress;
  const hops = forwardedFor.split(',');
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normaliseAddress(hops[index]!);
    if (hop === undefined) return nearest;
    if (!isTrusted(trusted, hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/** Whether a `TRUSTED_PROXIES` entry is an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isAddressRange(entry: string): boolean {
  return parseRange(entry) !== undefined;
}

/**
 * Whether a host name or address only ever means this machine: `localhost` (and names below it,
 * RFC 6761), 127.0.0.0/8 and ::1, also bracketed or IPv4-mapped. The unspecified addresses
 * (`0.0.0.0`, `::`) listen on every interface, so they are not loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  const address = normaliseAddress(name);
  if (address === undefined) return false;
  return isIP(address) === 4 ? address.startsWith('127.') : address === '::1';
}

interface AddressRange {
  address: string;
  family: 'ipv4' | 'ipv6';
  prefix: number;
}

function parseRange(entry: string): AddressRange | undefined {
  const [rawAddress = '', rawPrefix, ...rest] = entry.trim().split('/');
  // No brackets, ports or names here; a mapped address (`::ffff:10.0.0.1`) is read as IPv4.
  if (rest.length > 0 || isIP(rawAddress) === 0) return undefined;
  const address = normaliseAddress(rawAddress)!;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  const bits = family === 'ipv4' ? 32 : 128;
  if (rawPrefix === undefined) return { address, family, prefix: bits };
  if (!/^\d{1,3}$/.test(rawPrefix)) return undefined;
  const prefix = Number(rawPrefix);
  return prefix <= bits ? { address, family, prefix } : undefined;
}

const blockLists = new WeakMap<readonly string[], BlockList>();

function blockListOf(ranges: readonly string[]): BlockList {
  let list = blockLists.get(ranges);
  if (list === undefined) {
    list = new BlockList();
    for (const entry of ranges) {
      const range = parseRange(entry);
      if (range === undefined) throw new Error(`Not an address range: ${entry}`);
      list.addSubnet(range.address, range.prefix, range.family);
    }
    blockLists.set(ranges, list);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  try {
    return list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
  } catch {
    // An address BlockList cannot read (an IPv6 zone id) is nobody we configured.
    return false;
  }
}

/**
 * An address as one form: IPv4-mapped IPv6 (`::ffff:192.0.2.1`, what a dual-stack socket
 * reports) as plain IPv4, IPv6 in lower case, brackets and ports (`[2001:db8::1]:443`,
 * `192.0.2.1:8080`) removed. Undefined for anything else (`unknown`, obfuscated names).
 */
function normaliseAddress(value: string): string | undefined {
  let text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1]!;
  const family = isIP(text);
  if (family === 4) return text;
  if (family === 6) return text.toLowerCase();
  return undefined;
}
