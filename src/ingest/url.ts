/**
 * URLs: fetched with `fetchBounded` (timeout, manual redirects, size cap, robots.txt, private
 * addresses refused), decoded by charset from the header, then `<meta>`, then detection, and
 * read as HTML, a feed or text according to the content type (or the first bytes when the
 * server says nothing useful).
 */
import { message } from '../core/messages.js';
import type { SourceDocument } from '../core/types.js';
import { decode, sniffHtmlCharset } from './decode.js';
import type { Ingested, IngestOptions } from './index.js';
import { fetchBounded, type FetchOptions } from './net/fetch.js';

/** Options for URLs: ingest's options plus the network's own (all optional). */
export type UrlOptions = IngestOptions & Omit<FetchOptions, 'fetch' | 'maxBytes'>;

/** The charset named in a Content-Type header. */
export function charsetOf(contentType: string | null): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** What a response holds, by its content type, else by its first bytes. */
export function kindOfResponse(contentType: string | null, head: string): 'html' | 'feed' | 'text' | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (/^(application\/(rss|atom)\+xml|application\/feed\+json|application\/rdf\+xml)$/.test(type)) return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') return /^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(head) ? 'feed' : 'html';
  if (/xml$/.test(type) || type === 'application/json') return /^\s*(<\?xml|<rss|<feed|<rdf|\{)/i.test(head) ? 'feed' : null;
  if (type === 'text/plain') return 'text';
  const start = head.trimStart();
  if (/^(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(start)) return 'feed';
  if (start.startsWith('<')) return 'html';
  return null;
}

/** Reads one URL into documents (a page, or a feed's entries); failures are messages. */
export async function readUrl(url: string, opts: UrlOptions): Promise<Ingested> {
  const fetched = await fetchBounded(url, { ...opts, maxBytes: opts.maxBytes });
  if (!fetched.ok) return { documents: [], messages: [message('error', 'ingest', fetched.rule, fetched.detail, url)] };
  const head = new TextDecoder().decode(fetched.bytes.subarray(0, 1024));
  const kind = kindOfResponse(fetched.contentType, head);
  if (!kind) return { documents: [], messages: [message('error', 'ingest', 'unknown-format', `content type "${fetched.contentType ?? '(none)'}"; expected HTML, a feed or text`, url)] };
  const charset = charsetOf(fetched.contentType) ?? (kind === 'text' ? null : sniffHtmlCharset(fetched.bytes));
  const decoded = decode(fetched.bytes, charset);
  if (!decoded.ok) return { documents: [], messages: [message('error', 'ingest', decoded.rule, decoded.reason, url)] };
  if (decoded.text.trim() === '') return { documents: [], messages: [message('error', 'ingest', 'empty-input', 'the response body is empty', url)] };
  const messages = decoded.guessed ? [message('warning', 'ingest', 'encoding-guessed', `read as ${decoded.encoding}`, url)] : [];
  if (kind === 'feed') {
    const { readFeed } = await import('./feed.js');
    const result = await readFeed(decoded.text, url, opts);
    return { documents: result.documents, messages: [...messages, ...result.messages] };
  }
  const doc: SourceDocument = { id: url, origin: url, kind, content: decoded.text, meta: { url: fetched.url }, messages };
  return { documents: [doc], messages: [] };
}
