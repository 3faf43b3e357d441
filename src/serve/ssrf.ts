/**
 * The SSRF guard for ingest by URL: a URL given to the server must not make it fetch from its
 * own network (loopback, private ranges, link-local cloud metadata at 169.254.169.254, ...).
 * Addresses are checked after DNS resolution and again at connect time (the `lookup` hook of
 * every request, redirects included), so a name that resolves to a public address for the
 * check and a private one for the fetch (DNS rebinding) is refused too.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { message } from '../core/messages.js';
import type { Message } from '../core/types.js';

/**
 * Ranges that are not the public internet (IANA special-purpose registries). Each with why.
 * IPv4-mapped and NAT64 IPv6 addresses are checked by their embedded IPv4 address.
 */
const BLOCKED_RANGES: [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', '"this network"; 0.0.0.0 reaches the local host on Linux'],
  ['10.0.0.0', 8, 'ipv4', 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT, internal to a provider'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local, where cloud metadata services live'],
  ['172.16.0.0', 12, 'ipv4', 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'ipv4', 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, 'ipv4', 'deprecated 6to4 relay anycast'],
  ['192.168.0.0', 16, 'ipv4', 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'ipv4', 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved, and 255.255.255.255 broadcast'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['100::', 64, 'ipv6', 'discard-only'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['fc00::', 7, 'ipv6', 'unique local (private)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'deprecated site-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const BLOCKED = new BlockList();
for (const [address, prefix, family] of BLOCKED_RANGES) BLOCKED.addSubnet(address, prefix, family);

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1], 16);
    const lo = parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** True when an IP address is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return BLOCKED.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4) return BLOCKED.check(v4, 'ipv4');
    return BLOCKED.check(bare, 'ipv6');
  }
  return true; // not an address at all: refuse rather than guess
}

/** Options of the guard. */
export interface GuardOptions {
  /** let private addresses through (tests against a loopback server only) */
  allowPrivate?: boolean;
  /** name resolution (passed in so that tests can resolve names to chosen addresses) */
  lookup?: typeof dnsLookup;
}

/** Why a URL may not be fetched (bad URL, private address, unresolvable name), or null when it may. */
export async function checkUrl(raw: string, opts: GuardOptions = {}): Promise<Message | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return message('error', 'serve', 'bad-request', `"${raw}" is not a URL`, raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return message('error', 'serve', 'bad-request', `expected an http or https URL; got ${url.protocol}`, raw);
  if (url.username || url.password) return message('error', 'serve', 'bad-request', 'URLs with credentials are not fetched', raw);
  if (opts.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolveAll(host, opts.lookup ?? dnsLookup);
  } catch (error) {
    return message('error', 'ingest', 'fetch-failed', `the host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, raw);
  }
  const bad = addresses.find(isPrivateAddress);
  return bad ? message('error', 'ingest', 'private-address', `${host} resolves to ${bad}`, raw) : null;
}

function resolveAll(host: string, lookup: typeof dnsLookup): Promise<string[]> {
  return new Promise((resolve, reject) =>
    lookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve((addresses as LookupAddress[]).map((a) => a.address)))),
  );
}

/** A `lookup` for sockets that refuses private addresses at connect time. */
function guardedLookup(opts: GuardOptions): LookupFunction {
  const lookup = opts.lookup ?? dnsLookup;
  return ((hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const bad = opts.allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) {
        const refusal: NodeJS.ErrnoException = new Error(`${hostname} resolves to the private address ${bad.address}`);
        refusal.code = 'EPRIVATEADDRESS';
        return callback(refusal, []);
      }
      if ((options as { all?: boolean }).all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

/** Largest response body the guarded fetch reads. */
const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const TIMEOUT_MS = 15_000;

/**
 * A `fetch` for ingest that checks every address it connects to (redirects included), with a
 * timeout and a size cap. GET only, which is all ingest needs.
 */
export function guardedFetch(opts: GuardOptions = {}): typeof globalThis.fetch {
  const lookup = guardedLookup(opts);
  return (async (input: string | URL | Request, init?: RequestInit) => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    for (let hop = 0; ; hop++) {
      const refusal = await checkUrl(url.toString(), opts);
      if (refusal) throw Object.assign(new Error(refusal.reason), { code: 'EPRIVATEADDRESS', rule: refusal.rule });
      const response = await getOnce(url, headers, lookup, init?.signal ?? undefined);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
        url = new URL(location, url);
        continue;
      }
      Object.defineProperty(response, 'url', { value: url.toString() });
      return response;
    }
  }) as typeof globalThis.fetch;
}

function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}

function getOnce(url: URL, headers: Headers, lookup: LookupFunction, signal: AbortSignal | undefined): Promise<Response> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: 'GET', headers: headerObject(headers), lookup, timeout: TIMEOUT_MS, signal },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            request.destroy(new Error(`the response is larger than ${MAX_RESPONSE_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value === undefined) continue;
            for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, v);
          }
          const status = res.statusCode ?? 502;
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
        });
      },
    );
    request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer within ${TIMEOUT_MS} ms`), { code: 'ETIMEDOUT' })));
    request.on('error', reject);
    request.end();
  });
}
