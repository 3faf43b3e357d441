/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed. Each entry becomes a document whose content is the
 * entry's HTML (full content, else summary) and whose metadata is the entry's link, date, title
 * and author and the feed's title as outlet. When a fetch function is given and an entry carries
 * little content, the entry's page is fetched instead (the entry's metadata still wins).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { message } from '../core/messages.js';
import type { ArticleMeta, Message, SourceDocument } from '../core/types.js';
import type { Ingested } from './index.js';
import type { UrlOptions } from './url.js';

/** An entry with fewer words of content than this has its page fetched (when fetching is possible). */
export const THIN_ENTRY_WORDS = 150;

/** More entries than this in one feed are cut (a feed is a window, not an archive). */
export const MAX_ENTRIES = 5000;

/** One feed entry, format-neutral. */
interface Entry {
  id: string | null;
  link: string | null;
  title: string | null;
  published: string | null;
  byline: string | null;
  html: string;
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  removeNSPrefix: false,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
});

/** Text of a parsed XML value (string, number, `{#text}` or CDATA). */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text'] ?? (v as Node)['__cdata'] ?? (v as Node).name);
  return null;
}

/** An RFC 822 or ISO date to ISO 8601, or null. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim().replace(/\s+(UT|Z)$/i, ' GMT'));
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') && !/\d:\d/.test(value) ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Array<Node | string>;
  const pick = list.find((l) => typeof l === 'object' && ((l['@rel'] ?? 'alternate') === 'alternate')) ?? list[0];
  if (!pick) return null;
  return typeof pick === 'string' ? pick : text(pick['@href']) ?? text(pick);
}

function rssEntry(item: Node): Entry {
  const guid = text(item.guid);
  const link = text(item.link) ?? (guid && /^https?:\/\//.test(guid) ? guid : null);
  return {
    id: guid,
    link,
    title: text(item.title),
    published: feedDate(text(item.pubDate) ?? text(item['dc:date'])),
    byline: text(item['dc:creator']) ?? text(item.author),
    html: text(item['content:encoded']) ?? text(item.description) ?? '',
  };
}

function atomEntry(entry: Node): Entry {
  return {
    id: text(entry.id),
    link: atomLink(entry.link),
    title: text(entry.title),
    published: feedDate(text(entry.published) ?? text(entry.updated)),
    byline: ((entry.author as unknown[]) ?? []).map((a) => text((a as Node)?.name ?? a)).filter(Boolean).join(', ') || null,
    html: text(entry.content) ?? text(entry.summary) ?? '',
  };
}

/** Parses a feed's text into its title and entries, or a reason it is not a feed. */
export function parseFeed(content: string): { ok: true; title: string | null; entries: Entry[] } | { ok: false; detail: string } {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start);
  if (!start.startsWith('<')) return { ok: false, detail: `it does not start with "<" or "{" (found "${start.slice(0, 20)}")` };
  // entity definitions are how XML bombs expand; feeds have no use for them
  if (/<!ENTITY/i.test(start.slice(0, 10000))) return { ok: false, detail: 'it declares XML entities, which are refused' };
  // the parser is lenient (it closes what is left open); a truncated feed must be said to be one
  // a bare "&" is the most common error of hand-made feeds; it is repaired, not refused
  const repaired = start.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
  const valid = XMLValidator.validate(repaired);
  if (valid !== true) return { ok: false, detail: `the XML is malformed (${valid.err.msg} at line ${valid.err.line})` };
  let doc: Node;
  try {
    doc = parser.parse(repaired) as Node;
  } catch (error) {
    return { ok: false, detail: `the XML is malformed (${(error as Error).message.split('\n')[0]})` };
  }
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Node;
    return { ok: true, title: text(channel.title), entries: ((channel.item as Node[]) ?? []).map(rssEntry) };
  }
  const atom = doc.feed as Node | undefined;
  if (atom && typeof atom === 'object') return { ok: true, title: text(atom.title), entries: ((atom.entry as Node[]) ?? []).map(atomEntry) };
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    const channel = (rdf.channel ?? {}) as Node;
    return { ok: true, title: text(channel.title), entries: ((rdf.item as Node[]) ?? []).map(rssEntry) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)';
  return { ok: false, detail: `the root element is <${root}>, not <rss>, <feed> or <rdf:RDF>` };
}

function parseJsonFeed(content: string): { ok: true; title: string | null; entries: Entry[] } | { ok: false; detail: string } {
  let data: Node;
  try {
    data = JSON.parse(content) as Node;
  } catch (error) {
    return { ok: false, detail: `the JSON is malformed (${(error as Error).message})` };
  }
  if (!data || typeof data.version !== 'string' || !data.version.includes('jsonfeed.org') || !Array.isArray(data.items)) {
    return { ok: false, detail: 'a JSON Feed needs "version": "https://jsonfeed.org/version/1.x" and "items"' };
  }
  const entries = (data.items as Node[]).map((item): Entry => {
    const authors = (Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : []) as Node[];
    return {
      id: text(item.id),
      link: text(item.url) ?? text(item.external_url),
      title: text(item.title),
      published: feedDate(text(item.date_published) ?? text(item.date_modified)),
      byline: authors.map((a) => text(a?.name)).filter(Boolean).join(', ') || null,
      html: text(item.content_html) ?? (text(item.content_text) ? escapeHtml(text(item.content_text)!) : null) ?? text(item.summary) ?? '',
    };
  });
  return { ok: true, title: text(data.title), entries };
}

function escapeHtml(s: string): string {
  return s
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('\n');
}

function wordsOfHtml(html: string): number {
  return (html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Reads a feed. `opts.fetch` turns on fetching the pages of thin entries; without it (offline)
 * each entry's own content is used.
 */
export async function readFeed(content: string, origin: string, opts: UrlOptions = {}): Promise<Ingested> {
  const parsed = parseFeed(content);
  if (!parsed.ok) return { documents: [], messages: [message('error', 'ingest', 'malformed-feed', parsed.detail, origin)] };
  const messages: Message[] = [];
  let entries = parsed.entries;
  if (entries.length === 0) return { documents: [], messages: [message('error', 'ingest', 'no-articles', 'the feed has no entries', origin)] };
  if (entries.length > MAX_ENTRIES) {
    messages.push(message('warning', 'ingest', 'too-large', `${entries.length} entries; only the first ${MAX_ENTRIES} are read`, origin));
    entries = entries.slice(0, MAX_ENTRIES);
  }
  const documents: SourceDocument[] = [];
  for (const [i, entry] of entries.entries()) {
    const id = entry.link ?? entry.id ?? `${origin}#${i + 1}`;
    const meta: Partial<ArticleMeta> = {};
    if (entry.title) meta.title = entry.title;
    if (entry.link) meta.url = entry.link;
    if (entry.published) meta.published = entry.published;
    if (entry.byline) meta.byline = entry.byline;
    if (parsed.title) meta.outlet = parsed.title;
    const docMessages: Message[] = [];
    if (opts.fetch && entry.link && wordsOfHtml(entry.html) < THIN_ENTRY_WORDS) {
      const { readUrl } = await import('./url.js');
      const page = await readUrl(entry.link, opts);
      const html = page.documents.find((d) => d.kind === 'html');
      if (html) {
        documents.push({ ...html, id, origin, meta: { ...html.meta, ...meta }, messages: [...html.messages] });
        continue;
      }
      // the page failed: say why, and fall back to the entry's own content
      docMessages.push(...page.messages.map((m) => ({ ...m, severity: 'warning' as const, reason: `${m.reason}; the feed entry's own content is used` })));
    }
    if (!entry.html.trim()) {
      messages.push(message('error', 'ingest', 'empty-input', `entry ${i + 1} (${entry.title ?? entry.link ?? 'untitled'}) has no content${opts.fetch ? '' : ' and pages are not fetched offline'}`, origin));
      continue;
    }
    documents.push({ id, origin, kind: 'html', content: entry.html, meta, messages: docMessages });
  }
  return { documents, messages };
}
