/**
 * Private, loopback and link-local addresses: a URL that resolves to one is refused unless the
 * caller allows it (a server-side fetcher must not be turned against the machine's own network).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet (RFC 1918, loopback, link-local, CGNAT, ...). */
const PRIVATE_V4: Array<[number, number]> = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10/8
  [0x64400000, 10], // 100.64/10 carrier-grade NAT
  [0x7f000000, 8], // 127/8 loopback
  [0xa9fe0000, 16], // 169.254/16 link-local (cloud metadata lives here)
  [0xac100000, 12], // 172.16/12
  [0xc0000000, 24], // 192.0.0/24
  [0xc0a80000, 16], // 192.168/16
  [0xc6120000, 15], // 198.18/15 benchmarking
  [0xe0000000, 4], // 224/4 multicast
  [0xf0000000, 4], // 240/4 reserved
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}

/** True when an IP literal (v4 or v6) is not a public internet address. */
export function isPrivateAddress(ip: string): boolean {
  const kind = isIP(ip);
  if (kind === 4) {
    const n = v4ToInt(ip);
    return PRIVATE_V4.some(([base, bits]) => (n >>> (32 - bits)) === (base >>> (32 - bits)));
  }
  if (kind === 6) {
    const l = ip.toLowerCase();
    if (l === '::' || l === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(l);
    if (mapped) return isPrivateAddress(mapped[1]);
    return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(l);
  }
  return false;
}

/**
 * The private address a host name resolves to, or null when all its addresses are public.
 * Throws when the name does not resolve (the caller reports it as fetch-failed).
 */
export async function privateAddressOf(hostname: string): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return host;
  if (isIP(host)) return isPrivateAddress(host) ? host : null;
  const addresses = await lookup(host, { all: true });
  return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
}
