/**
 * WARC 1.0/1.1 and WARC.gz (one gzip member per record, as CC-NEWS writes them; plain
 * multi-member gzip works too). Every `response` record holding an HTTP 200 with an HTML body
 * becomes a document: id and url the `WARC-Target-URI`, the HTTP charset used to decode it, the
 * HTTP body de-chunked and un-gzipped under the size cap. Other records (requests, metadata,
 * images) are skipped; a broken record is reported and the reader moves on to the next one.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import { gunzipCapped } from './decode.js';
import { message } from '../core/messages.js';
import type { Message, SourceDocument } from '../core/types.js';
import { decode, sniffHtmlCharset } from './decode.js';
import { DEFAULT_MAX_BYTES, type Ingested, type IngestOptions } from './index.js';
import { charsetOf } from './url.js';

/** More reported problems than this in one file are summarised (a corrupt file is one message, not thousands). */
const MAX_RECORD_MESSAGES = 20;

/** A WARC record: named header fields (lower-cased) and its block. */
export interface WarcRecord {
  offset: number;
  headers: Map<string, string>;
  block: Uint8Array;
}

const CRLFCRLF = Buffer.from('\r\n\r\n');
const LFLF = Buffer.from('\n\n');

function headerEnd(buf: Buffer, from: number): { at: number; length: number } | null {
  const crlf = buf.indexOf(CRLFCRLF, from);
  const lf = buf.indexOf(LFLF, from);
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return null;
}

function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return headers;
}

/**
 * Splits WARC bytes into records. A record whose header is broken or whose block runs past the
 * end is reported; reading resumes at the next `WARC/` line.
 */
export function* warcRecords(bytes: Uint8Array, problems: string[]): Generator<WarcRecord> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let pos = 0;
  while (pos < buf.length) {
    // skip the blank lines between records
    while (pos < buf.length && (buf[pos] === 0x0d || buf[pos] === 0x0a)) pos++;
    if (pos >= buf.length) break;
    if (buf.toString('latin1', pos, pos + 5) !== 'WARC/') {
      const next = buf.indexOf('\nWARC/', pos);
      problems.push(`byte ${pos}: expected a "WARC/" record header`);
      if (next < 0) break;
      pos = next + 1;
      continue;
    }
    const end = headerEnd(buf, pos);
    if (!end) {
      problems.push(`byte ${pos}: the record header never ends (truncated file)`);
      break;
    }
    const headers = parseHeaderLines(buf.toString('utf8', pos, end.at));
    const length = Number(headers.get('content-length'));
    const start = end.at + end.length;
    if (!Number.isInteger(length) || length < 0) {
      problems.push(`byte ${pos}: the record has no valid Content-Length`);
      const next = buf.indexOf('\nWARC/', start);
      if (next < 0) break;
      pos = next + 1;
      continue;
    }
    if (start + length > buf.length) {
      problems.push(`byte ${pos}: the record's ${length}-byte block runs past the end of the file (truncated)`);
      break;
    }
    yield { offset: pos, headers, block: buf.subarray(start, start + length) };
    pos = start + length;
  }
}

/** An HTTP response split into status, headers and body (de-chunked). */
export function parseHttpResponse(block: Uint8Array): { status: number; headers: Map<string, string>; body: Uint8Array } | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.length);
  const end = headerEnd(buf, 0);
  if (!end) return null;
  const head = buf.toString('latin1', 0, end.at);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head);
  if (!status) return null;
  const headers = parseHeaderLines(head);
  let body: Uint8Array = buf.subarray(end.at + end.length);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  return { status: Number(status[1]), headers, body };
}

/** Removes HTTP/1.1 chunked framing; null when the framing is broken. */
function dechunk(body: Uint8Array): Uint8Array | null {
  const buf = Buffer.from(body.buffer, body.byteOffset, body.length);
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const lineEnd = buf.indexOf('\r\n', pos);
    if (lineEnd < 0) return null;
    const size = parseInt(buf.toString('latin1', pos, lineEnd).split(';')[0], 16);
    if (!Number.isFinite(size)) return null;
    if (size === 0) break;
    parts.push(buf.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Reads a WARC (already un-gzipped by the file reader, or gzip bytes given directly). */
export async function readWarc(input: Uint8Array, origin: string, opts: IngestOptions): Promise<Ingested> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = input;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const expanded = gunzipCapped(bytes, maxBytes);
    if (!expanded.ok) return { documents: [], messages: [message('error', 'ingest', expanded.rule, expanded.reason, origin)] };
    bytes = expanded.bytes;
  }
  const problems: string[] = [];
  const documents: SourceDocument[] = [];
  let records = 0;
  for (const record of warcRecords(bytes, problems)) {
    records++;
    if (record.headers.get('warc-type') !== 'response') continue;
    const uri = (record.headers.get('warc-target-uri') ?? '').replace(/^<|>$/g, '');
    const http = parseHttpResponse(record.block);
    if (!http) {
      problems.push(`record at byte ${record.offset} (${uri || 'no target URI'}): the HTTP response cannot be parsed`);
      continue;
    }
    const type = http.headers.get('content-type') ?? '';
    if (http.status !== 200 || !/text\/html|application\/xhtml\+xml/i.test(type)) continue;
    let body = http.body;
    const encoding = (http.headers.get('content-encoding') ?? '').toLowerCase();
    try {
      if (encoding === 'gzip' || (body[0] === 0x1f && body[1] === 0x8b)) body = gunzipSync(body, { maxOutputLength: maxBytes });
      else if (encoding === 'deflate') body = inflateSync(body, { maxOutputLength: maxBytes });
    } catch (error) {
      problems.push(`${uri}: the ${encoding || 'gzip'} body could not be expanded (${(error as Error).message})`);
      continue;
    }
    const decoded = decode(body, charsetOf(type) ?? sniffHtmlCharset(body));
    if (!decoded.ok) {
      problems.push(`${uri}: ${decoded.reason}`);
      continue;
    }
    const docMessages: Message[] = decoded.guessed ? [message('warning', 'ingest', 'encoding-guessed', `read as ${decoded.encoding}`, `${origin}#${uri}`)] : [];
    const id = uri || `${origin}#${record.offset}`;
    documents.push({ id, origin, kind: 'html', content: decoded.text, meta: uri ? { url: uri } : {}, messages: docMessages });
  }
  const messages: Message[] = problems.slice(0, MAX_RECORD_MESSAGES).map((p) => message('warning', 'ingest', 'malformed-warc', p, origin));
  if (problems.length > MAX_RECORD_MESSAGES) messages.push(message('warning', 'ingest', 'malformed-warc', `${problems.length - MAX_RECORD_MESSAGES} more problems not listed`, origin));
  if (records === 0) return { documents: [], messages: [message('error', 'ingest', 'malformed-warc', problems[0] ?? 'no WARC records found', origin)] };
  if (documents.length === 0) messages.push(message('error', 'ingest', 'no-articles', `${records} records, none an HTML response`, origin));
  return { documents, messages };
}
