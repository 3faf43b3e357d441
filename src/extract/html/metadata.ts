/**
 * Page metadata, read before any element is removed: JSON-LD, meta tags, `<link rel=canonical>`,
 * `<time>`, the `lang` attribute and the URL. Each field has its own ordered list of sources and
 * its own cleaner.
 */
import type { ArticleMeta, DateSource } from '../../core/types.js';
import type { PageHints } from './article-check.js';
import { cleanByline } from './byline.js';
import type { Candidate } from './candidates.js';
import { dateFromUrl, normaliseDate } from '../dates.js';
import { DATE_META, dateFromText } from './published.js';
import { countWords } from './text.js';

/** What metadata extraction found, with the page's hints about its kind. */
export interface PageMeta extends ArticleMeta, PageHints {
  /** where `published` came from */
  publishedBy: DateSource | null;
}

/** JSON-LD types that describe an article (schema.org `Article` and its subtypes). */
const ARTICLE_TYPES = /^(\w+)?(Article|BlogPosting|Posting|Report|Review|NewsArticle|LiveBlogPosting)$/;

type JsonObject = Record<string, unknown>;

/** JSON-LD of a parsed page, read once for metadata and the `articleBody` candidate. */
const jsonLdOfDocument = new WeakMap<Document, JsonObject[]>();

/** Every object in the page's JSON-LD blocks (`@graph` and arrays flattened). */
export function jsonLdObjects(document: Document): JsonObject[] {
  const cached = jsonLdOfDocument.get(document);
  if (cached) return cached;
  const out: JsonObject[] = [];
  jsonLdOfDocument.set(document, out);
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/[\u0000-\u001f]+/g, ' ');
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // a broken block is common and not the reader's problem; other sources remain
    }
    const stack = [data];
    while (stack.length && out.length < 200) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        out.push(item as JsonObject);
        const graph = (item as JsonObject)['@graph'];
        if (graph) stack.push(graph);
      }
    }
  }
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as JsonObject).name ?? (v as JsonObject)['@value']);
  return null;
}

/** The JSON-LD article object, if the page has one. */
function jsonLdArticle(objects: JsonObject[]): JsonObject | null {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

/** Person names among JSON-LD authors (organisations are not bylines). */
function jsonLdAuthors(article: JsonObject | null): string | null {
  if (!article) return null;
  const authors = Array.isArray(article.author) ? article.author : article.author ? [article.author] : [];
  const names: string[] = [];
  for (const a of authors) {
    if (typeof a === 'string') names.push(a);
    else if (a && typeof a === 'object' && !typesOf(a as JsonObject).includes('Organization')) {
      const name = str((a as JsonObject).name);
      if (name) names.push(name);
    }
  }
  return names.length ? names.join(', ') : null;
}

/** Meta tag contents by lower-cased `name`/`property`/`itemprop` (first one wins). */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (key && content && content.trim() && !tags.has(key)) tags.set(key, content.trim());
  }
  return tags;
}

function resolve(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Domain of a URL without `www.`, as the outlet of last resort. */
function domainOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Removes the outlet's name from a headline: "Lavrov visits Washington | Reuters" -> "Lavrov
 * visits Washington". Only a last piece after a separator that names the outlet (or is short
 * when no outlet is known) goes.
 */
export function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—•·:»-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    const first = parts[0];
    const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (outlet && (norm(last).includes(norm(outlet)) || norm(outlet).includes(norm(last)))) t = t.slice(0, t.length - last.length).replace(/\s+[|–—•·:»-]\s*$/, '');
    else if (outlet && (norm(first).includes(norm(outlet)) || norm(outlet).includes(norm(first))) && parts.length > 1) t = t.slice(first.length).replace(/^\s*[|–—•·:»-]\s+/, '');
    else if (!outlet && countWords(last) <= 3 && /[|–—•·»]/.test(t)) t = t.slice(0, t.length - last.length).replace(/\s+[|–—•·:»-]\s*$/, '');
  }
  return t.trim() || null;
}

/** Language tag to its primary subtag ("en-US" -> "en"). */
function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^([a-z]{2,3})\b/i.exec(tag.trim().replace('_', '-'));
  return m ? m[1].toLowerCase() : null;
}

/** Reads the page's metadata. `url` is where the page came from, if known. */
export function readMetadata(document: Document, url: string | null): PageMeta {
  const objects = jsonLdObjects(document);
  const article = jsonLdArticle(objects);
  const tags = metaTags(document);
  const canonical = resolve(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ?? resolve(tags.get('og:url'), url) ?? url;

  const publisher = article ? str((article.publisher as JsonObject | undefined)?.name ?? article.publisher) : null;
  // a site name that is a URL ("https://www.newsnation.in") says no more than the domain
  const named = [tags.get('og:site_name'), publisher, tags.get('application-name')].find((n) => n && !/^(https?:\/\/|www\.|@)/i.test(n.trim()));
  const outlet = named ?? domainOf(canonical ?? url);

  const rawTitle = str(article?.headline) ?? tags.get('og:title') ?? tags.get('twitter:title') ?? document.querySelector('h1')?.textContent ?? document.querySelector('title')?.textContent ?? null;
  const title = cleanTitle(rawTitle, outlet);

  // most trusted first; evaluated lazily (selectors are the costly part of reading metadata)
  const bylineSources: Array<() => string | null | undefined> = [
    () => jsonLdAuthors(article),
    () => tags.get('author'),
    () => tags.get('article:author'),
    () => tags.get('sailthru.author'),
    () => tags.get('parsely-author'),
    () => tags.get('dc.creator'),
    () => document.querySelector('[itemprop="author"] [itemprop="name"]')?.textContent,
    () => document.querySelector('[rel="author"]')?.textContent,
    () => document.querySelector('[class*="byline"]')?.textContent,
    () => document.querySelector('[class*="author-name"], [class*="authorName"]')?.textContent,
  ];
  let byline: string | null = null;
  for (const source of bylineSources) {
    const raw = source();
    if (raw && /^https?:\/\//.test(raw.trim())) continue; // article:author is often a profile URL
    byline = cleanByline(raw, outlet);
    if (byline) break;
  }

  const { published, publishedBy } = findPublished(document, article, tags, canonical ?? url, url);

  const language = primaryLanguage(document.documentElement?.getAttribute('lang')) ?? primaryLanguage(tags.get('content-language')) ?? primaryLanguage(tags.get('og:locale')) ?? primaryLanguage(str(article?.inLanguage));

  const ogType = tags.get('og:type')?.toLowerCase() ?? '';
  const declaredArticle = Boolean(article) || /article|post/.test(ogType);
  let path = '/';
  try {
    path = new URL(canonical ?? url ?? 'http://x/').pathname;
  } catch {
    // keep '/'
  }
  const declaredFront = ogType === 'website' && path.split('/').filter(Boolean).length <= 1;
  const passwordField = document.querySelector('input[type="password"]') !== null;

  return { title, byline, published, publishedBy, language, url: canonical ?? null, outlet: outlet?.trim() || null, declaredArticle, declaredFront, passwordField };
}

function findPublished(document: Document, article: JsonObject | null, tags: Map<string, string>, canonical: string | null, url: string | null): { published: string | null; publishedBy: DateSource | null } {
  const fromJsonLd = normaliseDate(str(article?.datePublished) ?? str(article?.dateCreated));
  if (fromJsonLd) return { published: fromJsonLd, publishedBy: 'json-ld' };
  for (const key of DATE_META) {
    const d = normaliseDate(tags.get(key));
    if (d) return { published: d, publishedBy: 'meta' };
  }
  const times = Array.from(document.querySelectorAll('time[datetime]'));
  const time = times.find((t) => t.hasAttribute('pubdate') || /publish|posted|created/i.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''}`)) ?? times[0];
  const fromTime = normaliseDate(time?.getAttribute('datetime'));
  if (fromTime) return { published: fromTime, publishedBy: 'time' };
  const fromUrl = dateFromUrl(canonical) ?? dateFromUrl(url);
  if (fromUrl) return { published: fromUrl, publishedBy: 'url' };
  const body = document.body;
  if (body) {
    // the top of the page, where datelines sit (dateFromText reads its first 3,000 characters)
    const fromText = dateFromText((body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 3000));
    if (fromText) return { published: fromText, publishedBy: 'text' };
  }
  return { published: null, publishedBy: null };
}

/** Smallest `articleBody`, in words, worth considering. */
const JSON_LD_MIN_WORDS = 50;

/** The JSON-LD `articleBody` as a candidate (paragraphs split on line breaks; HTML read as text). */
export function jsonLdCandidate(document: Document): Candidate | null {
  const article = jsonLdArticle(jsonLdObjects(document));
  const body = typeof article?.articleBody === 'string' ? article.articleBody : null;
  if (!body || countWords(body) < JSON_LD_MIN_WORDS) return null;
  const text = /<\/?(p|br|div)\b/i.test(body) ? body.replace(/<\/?(p|br|div)\b[^>]*>/gi, '\n\n').replace(/<[^>]+>/g, '') : body;
  const paragraphs = text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { method: 'json-ld', paragraphs };
}
