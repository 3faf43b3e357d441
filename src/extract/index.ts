/**
 * Extract: a source document to an `Article` (clean text, metadata, a map back to the input).
 * Pure: never fetches, never mutates its input.
 */
import { message } from '../core/messages.js';
import type { Article, ArticleMeta, Message, Result, SourceDocument } from '../core/types.js';
import { normaliseDate } from './dates.js';
import { extractHtml } from './html/index.js';
import { extractText } from './text/index.js';

/** Options for extraction. */
export interface ExtractOptions {
  /** the URL the page was fetched from, when known (helps outlet and date) */
  url?: string | null;
}

/** Extracts an article from a source document; an unusable document is a value with reasons. */
export function extract(doc: SourceDocument, opts: ExtractOptions = {}): Result<Article> {
  // a JSON record says whether it has a title: then the cleaner guesses none of its own
  const title = 'title' in doc.meta ? (doc.meta.title ?? null) : undefined;
  const result =
    doc.kind === 'html'
      ? extractHtml(doc.content, { ...opts, url: opts.url ?? doc.meta.url ?? null })
      : extractText(doc.content, { markdown: doc.kind === 'markdown', title });
  if (!result.ok) return { ok: false, messages: [...doc.messages, ...result.messages.map((m) => ({ ...m, input: m.input ?? doc.origin }))] };
  const found = result.value;
  const published = normalisePublished(doc.meta.published);
  const meta = mergeMeta(found, { ...doc.meta, published: published.value ?? undefined });
  if (published.message) result.messages.push(published.message);
  const article: Article = {
    id: doc.id,
    origin: doc.origin,
    ...meta,
    text: found.text,
    sourceMap: found.sourceMap,
    extractedBy: doc.kind === 'json' ? 'json' : found.extractedBy,
    publishedBy: published.value ? 'container' : found.publishedBy,
    messages: [...doc.messages, ...result.messages.map((m) => ({ ...m, input: m.input ?? doc.origin }))],
  };
  return { ok: true, value: article, messages: article.messages };
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * A container's date in any common form (ISO 8601, RFC 2822 of feeds and HTTP) becomes ISO:
 * `YYYY-MM-DD` when it names a day only, else a full UTC timestamp. A date that cannot be read is
 * dropped with a message rather than passed on to resolve relative dates against.
 * @example normalisePublished('Wed, 11 Dec 2019 10:00:00 GMT').value === '2019-12-11T10:00:00Z'
 */
export function normalisePublished(raw: string | null | undefined): { value: string | null; message?: Message } {
  if (!raw) return { value: null };
  const trimmed = raw.trim();
  // RFC 2822 with a zone (feeds, HTTP): the time is kept; any other form goes through the shared
  // normaliser, which never reads a zoneless date in the machine's local time
  const rfc = MONTH_NAME.test(trimmed) && /\b(GMT|UTC|UT|Z|[+-]\d{4})$/i.test(trimmed) ? Date.parse(trimmed) : NaN;
  const value = Number.isNaN(rfc) ? (isoAsGiven(trimmed) ?? normaliseDate(trimmed)) : new Date(rfc).toISOString().replace('.000Z', 'Z');
  if (value) return { value };
  if (trimmed === '') return { value: null };
  return { value: null, message: message('warning', 'extract', 'no-date', `the date "${raw}" could not be read`) };
}

/**
 * An ISO 8601 date read as it is, implausible years included: whether 1970 or 2031 is plausible
 * is the clustering stage's call (it has the clock, and says `date-out-of-range`), not a reading
 * failure. Zoneless times give the day; zoned times a UTC timestamp.
 */
function isoAsGiven(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  if (!m[4] || !m[5]) return `${m[1]}-${m[2]}-${m[3]}`;
  const time = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}${m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace('.000Z', 'Z');
}

/** The container's metadata wins over what was found in the content. */
function mergeMeta(found: ArticleMeta, container: Partial<ArticleMeta>): ArticleMeta {
  return {
    title: container.title ?? found.title,
    byline: container.byline ?? found.byline,
    published: container.published ?? found.published,
    language: container.language ?? found.language,
    url: container.url ?? found.url,
    outlet: container.outlet ?? found.outlet,
  };
}

/** What an extractor returns: the article without the fields the door fills in. */
export type Extracted = Omit<Article, 'id' | 'origin' | 'messages'>;
