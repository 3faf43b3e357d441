/**
 * One polite, bounded HTTP GET: private addresses refused (unless allowed), robots.txt obeyed
 * (cached per host), redirects followed by hand (at most MAX_REDIRECTS, each hop checked again),
 * one deadline for the whole exchange, a size cap counted on the decoded body (so a gzip bomb
 * stops at the cap), raw gzip bodies expanded under the same cap. Failures are values with a
 * reason code, never exceptions.
 */
import { gunzipSync } from 'node:zlib';
import type { Reason } from '../../core/messages.js';
import { privateAddressOf } from './address.js';
import { ROBOTS_AGENT, isAllowed, parseRobots, type Robots } from './robots.js';

/** Options of one fetch. */
export interface FetchOptions {
  /** the fetch implementation (passed in, never hidden); default `globalThis.fetch` */
  fetch?: typeof globalThis.fetch;
  /** largest body accepted, in bytes */
  maxBytes?: number;
  /** deadline for the whole exchange (robots.txt, redirects and body), in milliseconds */
  timeoutMs?: number;
  /** allow private, loopback and link-local addresses (tests, intranets) */
  allowPrivateAddresses?: boolean;
  /** skip robots.txt (only for URLs the user owns) */
  ignoreRobots?: boolean;
  /** the User-Agent header */
  userAgent?: string;
}

/** Defaults: 15 s, 20 MB, 5 redirects. */
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_FETCH_MAX_BYTES = 20 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = `${ROBOTS_AGENT}/0.1 (+https://github.com/triangulate; news briefing tool)`;

/** A fetched body or the reason there is none. */
export type Fetched =
  | { ok: true; url: string; status: number; contentType: string | null; bytes: Uint8Array }
  | { ok: false; rule: Reason; detail: string };

const fail = (rule: Reason, detail: string): Fetched => ({ ok: false, rule, detail });

/** robots.txt per fetch implementation and origin, so tests with their own fetch stay apart. */
const robotsCache = new WeakMap<typeof globalThis.fetch, Map<string, Promise<Robots>>>();

/** Fetches `url`; see the module comment for the rules. */
export async function fetchBounded(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchHops(url, fetchImpl, maxBytes, controller.signal, opts);
  } catch (error) {
    if (controller.signal.aborted) return fail('fetch-timeout', `no complete answer within ${timeoutMs} ms`);
    return fail('fetch-failed', describe(error));
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message ?? 'error'} (${cause})` : (e?.message ?? String(error));
}

async function fetchHops(start: string, fetchImpl: typeof globalThis.fetch, maxBytes: number, signal: AbortSignal, opts: FetchOptions): Promise<Fetched> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail('fetch-failed', `"${url}" is not a valid URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return fail('fetch-failed', `unsupported scheme "${parsed.protocol}"; expected http or https`);
    if (!opts.allowPrivateAddresses) {
      let address: string | null;
      try {
        address = await privateAddressOf(parsed.hostname);
      } catch (error) {
        return fail('fetch-failed', `the host "${parsed.hostname}" does not resolve (${describe(error)})`);
      }
      if (address) return fail('private-address', `${address === parsed.hostname ? parsed.hostname : `${parsed.hostname} resolves to ${address}, which`} is a private, loopback or link-local address; allow private addresses to fetch it`);
    }
    if (!opts.ignoreRobots) {
      const robots = await robotsFor(parsed, fetchImpl, signal, opts);
      if (!isAllowed(robots, parsed.pathname + parsed.search)) return fail('robots-disallowed', `${parsed.origin}/robots.txt disallows ${parsed.pathname}`);
    }
    const response = await fetchImpl(url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/feed+json;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
    });
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel().catch(() => undefined);
      url = new URL(response.headers.get('location')!, url).href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail('fetch-failed', `HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const encoded = response.headers.get('content-encoding');
    if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('too-large', `${declared} bytes announced; the limit is ${maxBytes}`);
    }
    const body = await readCapped(response, maxBytes);
    if (!body) return fail('too-large', `the body exceeds ${maxBytes} bytes`);
    let bytes = body;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
      } catch (error) {
        return fail('too-large', `the gzip body does not expand within ${maxBytes} bytes (${(error as Error).message})`);
      }
    }
    return { ok: true, url, status: response.status, contentType: response.headers.get('content-type'), bytes };
  }
  return fail('fetch-failed', `more than ${MAX_REDIRECTS} redirects`);
}

/** The body, or null as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** robots.txt of an origin, fetched once per fetch implementation. */
function robotsFor(url: URL, fetchImpl: typeof globalThis.fetch, signal: AbortSignal, opts: FetchOptions): Promise<Robots> {
  let perOrigin = robotsCache.get(fetchImpl);
  if (!perOrigin) robotsCache.set(fetchImpl, (perOrigin = new Map()));
  let robots = perOrigin.get(url.origin);
  if (!robots) {
    const cache = perOrigin;
    robots = loadRobots(url.origin, fetchImpl, signal, opts).then((r) => {
      // an answer cut short by this request's deadline says nothing about the host: ask again next time
      if (signal.aborted) cache.delete(url.origin);
      return r;
    });
    perOrigin.set(url.origin, robots);
  }
  return robots;
}

/** Largest robots.txt read (Google reads 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;

async function loadRobots(origin: string, fetchImpl: typeof globalThis.fetch, signal: AbortSignal, opts: FetchOptions): Promise<Robots> {
  try {
    let target = `${origin}/robots.txt`;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await fetchImpl(target, { redirect: 'manual', signal, headers: { 'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT } });
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel().catch(() => undefined);
        target = new URL(response.headers.get('location')!, target).href;
        continue;
      }
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        return { rules: [], disallowAll: true };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { rules: [] };
      }
      const body = await readCapped(response, ROBOTS_MAX_BYTES);
      return parseRobots(body ? new TextDecoder().decode(body) : '');
    }
    return { rules: [] };
  } catch {
    // unreachable robots.txt (DNS, reset): the page fetch itself will report the failure
    return { rules: [] };
  }
}
