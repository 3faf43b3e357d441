/**
 * Guards that keep one page within bounded time and memory: a size cap, and a nesting-depth
 * check (a DOM 100,000 levels deep overflows recursive tree walks in the parser's helpers and
 * in Readability). A page over either limit is read without markup by `taglessParagraphs`.
 */
import { message } from '../../core/messages.js';
import type { Message } from '../../core/types.js';

/**
 * Largest HTML read as a DOM, in characters, once scripts, styles and comments are gone: ten
 * times the largest of the 181 scrapinghub pages (290 K). At this size the worst markup (tens of
 * thousands of tiny link blocks) takes about 10 s and 500 MB; at 8 M it took 28 s and 1.2 GB.
 */
export const MAX_DOM_CHARS = 3_000_000;

/** Deepest nesting read as a DOM; real pages stay well under a hundred levels. */
export const MAX_DEPTH = 1500;

/**
 * Deepest nesting given to Readability, whose cost grows faster than linearly with depth (4 s at
 * 200 nested tables, 85 s at 1,400 nested divs). The 181 scrapinghub pages reach 51; deeper
 * pages are read by our own extractors, which walk the tree once.
 */
export const READABILITY_MAX_DEPTH = 120;

/**
 * Most elements given to Readability once boilerplate is removed; its cost also grows faster
 * than linearly with the number of elements (40 s for 110,000 small link blocks). The cleaned
 * scrapinghub pages hold at most 705 (median 141).
 */
export const READABILITY_MAX_ELEMENTS = 10_000;

/** Elements that are often left unclosed (or close implicitly) and so do not count as nesting. */
const NON_NESTING = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);

/** The HTML to parse, whether to read it flat, and what was done to it. */
export interface Guarded {
  html: string;
  flat: boolean;
  /** the element nesting depth of the page, as counted by `maxDepth` */
  depth: number;
  messages: Message[];
}

/** Drops scripts (JSON-LD kept, for metadata), styles and comments (never prose, often most of the bytes), then checks limits. */
export function guardHtml(input: string): Guarded {
  const messages: Message[] = [];
  let html = input
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // linkedom makes the first element of a fragment the root; a document gives it a body
  if (!/<(html|body)\b/i.test(html)) html = `<!doctype html><html><head></head><body>${html}</body></html>`;
  if (html.length > MAX_DOM_CHARS) {
    messages.push(message('warning', 'extract', 'too-large', `${html.length} characters of markup; only the first ${MAX_DOM_CHARS} were read`));
    html = html.slice(0, MAX_DOM_CHARS);
  }
  const depth = maxDepth(html);
  if (depth > MAX_DEPTH) {
    messages.push(message('warning', 'extract', 'too-large', `markup nested ${depth} levels deep (limit ${MAX_DEPTH}); read without markup`));
    return { html, flat: true, depth, messages };
  }
  if (depth > READABILITY_MAX_DEPTH) {
    messages.push(message('warning', 'extract', 'too-large', `markup nested ${depth} levels deep (Readability limit ${READABILITY_MAX_DEPTH}); read by the density extractor`));
  }
  return { html, flat: false, depth, messages };
}

/** The deepest element nesting, counted on tags (a linear scan, no DOM). */
export function maxDepth(html: string): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const name = m[2].toLowerCase();
    if (NON_NESTING.has(name) || m[3] === '/') continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const BLOCK_TAG = /<\/?(p|div|br|li|h[1-6]|blockquote|section|article|tr|pre|ul|ol|table|header|footer|main)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Paragraphs of HTML read without a DOM: block tags break paragraphs, other tags vanish. */
export function taglessParagraphs(html: string): string[] {
  const body = /<body\b[^>]*>/i.exec(html);
  const text = html
    .slice(body ? body.index : 0)
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    });
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
