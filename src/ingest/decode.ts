/**
 * Bytes to text. Order of trust: a byte-order mark, then the declared charset (HTTP header or
 * `<meta charset>`, passed in), then strict UTF-8, then detection (chardet) with a warning.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { gunzipSync } from 'node:zlib';

/** The decoded text, or the reason it could not be decoded. */
export type Decoded =
  | { ok: true; text: string; encoding: string; guessed: boolean }
  | { ok: false; rule: 'binary-input' | 'unreadable-encoding'; reason: string };

/** How many leading bytes are inspected for binary content. */
const SNIFF_BYTES = 8192;

/**
 * True when the bytes look binary: NUL bytes or many control characters in the first 8 KB.
 * UTF-16 text is recognised by its BOM before this test runs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Normalises charset labels that iconv-lite spells differently or that lie (latin1 is cp1252 on the web). */
function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  return l;
}

/**
 * Decodes bytes to text.
 * @param declared a charset named by the container (HTTP header, meta tag), if any
 */
export function decode(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const body = Buffer.from(bytes.buffer, bytes.byteOffset + bom.skip, bytes.length - bom.skip);
    return { ok: true, text: iconv.decode(body, bom.encoding), encoding: bom.encoding, guessed: false };
  }
  if (looksBinary(bytes)) return { ok: false, rule: 'binary-input', reason: 'it contains NUL or control bytes' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (declared) {
    const charset = normaliseCharset(declared);
    if (charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) {
      return { ok: true, text: iconv.decode(buffer, charset), encoding: charset, guessed: false };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', guessed: false };
  } catch {
    // not valid UTF-8: fall through to detection
  }
  // A few invalid bytes in text that is otherwise UTF-8 (real multi-byte sequences decode) are
  // damage, not another encoding: reading it as windows-1252 would garble every “ and é.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const damaged = (lenient.match(/\uFFFD/g) ?? []).length;
  const multibyte = (lenient.match(/[^\x00-\x7F\uFFFD]/g) ?? []).length;
  if (multibyte > damaged && damaged <= Math.max(3, lenient.length / 1000)) {
    return { ok: true, text: lenient, encoding: 'utf-8', guessed: true };
  }
  const detected = chardet.detect(buffer.subarray(0, 65536));
  const charset = detected ? normaliseCharset(detected) : 'windows-1252';
  if (!iconv.encodingExists(charset)) {
    return { ok: false, rule: 'unreadable-encoding', reason: `detected "${detected}", which cannot be decoded` };
  }
  const text = iconv.decode(buffer, charset);
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > Math.max(8, text.length / 100)) {
    return { ok: false, rule: 'unreadable-encoding', reason: `decoding as ${charset} left ${replacement} unreadable characters` };
  }
  return { ok: true, text, encoding: charset, guessed: true };
}

/** Finds `<meta charset>` or `http-equiv` charset in the first bytes of an HTML page. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (!m) return null;
  // the HTML standard: a meta declaration of UTF-16 is read as UTF-8 (a real UTF-16 page has a BOM)
  return /^utf-16/i.test(m[1]) ? 'utf-8' : m[1];
}

/** Gunzipped bytes, or why not: the size cap (a gzip bomb) and a damaged file are different reasons. */
export type Gunzipped = { ok: true; bytes: Uint8Array } | { ok: false; rule: 'too-large' | 'malformed-gzip'; reason: string };

/** Expands gzip bytes up to `maxBytes` of output. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large|maxOutputLength/i.test(e.message)) {
      return { ok: false, rule: 'too-large', reason: `it expands beyond ${maxBytes} bytes` };
    }
    return { ok: false, rule: 'malformed-gzip', reason: e.message };
  }
}
