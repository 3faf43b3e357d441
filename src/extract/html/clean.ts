/**
 * Boilerplate removal on the parsed page, before and after the main-text candidates run:
 * dropped tags, hidden elements, chrome with little prose, blocks whose class or id names
 * boilerplate (sharing, related links, newsletters, comments, ads, captions), link lists.
 * Works on the document it is given (a fresh parse owned by the extractor, never the caller's).
 */
import {
  BOILERPLATE_WORDS,
  CHROME_MAX_WORDS,
  CHROME_TAGS,
  CONTENT_WORDS,
  DROPPED_TAGS,
  LINK_BLOCK_MAX_WORDS,
  HOVER_CARD_WORDS,
  MAX_PROSE_SHARE,
  MEDIA_KEEPS,
  MEDIA_WORDS,
  EMBEDDED_POST_WORDS,
  SOCIAL_WORDS,
  TEASER_MAX_WORDS,
  MAX_LINK_DENSITY,
  MAX_PARAGRAPH_LINK_DENSITY,
  STRONG_BOILERPLATE_WORDS,
} from './patterns.js';
import { countWords } from './text.js';

/** What the cleaners need of an element (linkedom's and a browser's both fit). */
type El = Element;

/**
 * The words of a class/id attribute: split on separators and camelCase, lower-cased, plus each
 * pair of neighbours joined (`read-more` also gives `readmore`).
 * @example attributeWords('articleShare top-ad') // ['article', 'share', 'top', 'ad', 'articleshare', 'topad']
 */
export function attributeWords(value: string): string[] {
  const cached = wordsOfAttribute.get(value);
  if (cached) return cached;
  const words: string[] = [];
  for (const token of value.split(/[\s]+/)) {
    const parts = token
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    words.push(...parts);
    for (let i = 0; i + 1 < parts.length; i++) words.push(parts[i] + parts[i + 1]);
  }
  // class strings repeat across a page and across pages; the cache is bounded
  if (wordsOfAttribute.size > 20_000) wordsOfAttribute.clear();
  wordsOfAttribute.set(value, words);
  return words;
}

const wordsOfAttribute = new Map<string, string[]>();

/**
 * What the class/id of an element names: `boilerplate` (and not only the article itself),
 * `media` (a photo, video or embed box), or null.
 */
export function namesBoilerplate(el: El): 'boilerplate' | 'social' | 'media' | null {
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
  if (attr.trim() === '') return null;
  const words = attributeWords(attr);
  let weak = false;
  let media = false;
  let content = false;
  let social = false;
  for (const w of words) {
    if (SOCIAL_WORDS.has(w)) social = true;
    else if (STRONG_BOILERPLATE_WORDS.has(w)) return 'boilerplate';
    else if (BOILERPLATE_WORDS.has(w)) weak = true;
    if (MEDIA_WORDS.has(w)) media = true;
    if (CONTENT_WORDS.has(w)) content = true;
  }
  if (social) return weak ? 'boilerplate' : 'social';
  if (content) return null;
  return weak ? 'boilerplate' : media ? 'media' : null;
}

/**
 * Hover cards keep only their trigger: an element named as a hover card whose first child is a
 * link keeps that link; one without a link is the card itself and goes.
 */
export function collapseHoverCards(root: El): number {
  let collapsed = 0;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!el.parentNode || el.tagName === 'A') continue; // a link is the trigger itself
    const words = attributeWords(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (!words.some((w) => HOVER_CARD_WORDS.has(w))) continue;
    const trigger = el.firstElementChild;
    if (trigger && trigger.tagName === 'A') {
      for (const child of Array.from(el.childNodes)) if (child !== trigger) child.remove();
    } else {
      el.remove();
    }
    collapsed++;
  }
  return collapsed;
}

/**
 * Embedded posts (a tweet or Instagram post quoted by the article, `<blockquote class=
 * "twitter-tweet">`) are mostly links (handle, t.co, date), which makes Readability drop them
 * as link lists; their links are unwrapped (the words stay the same).
 */
export function unlinkEmbeddedPosts(root: El): number {
  let n = 0;
  for (const quote of Array.from(root.querySelectorAll('blockquote[class]'))) {
    if (!attributeWords(quote.getAttribute('class') ?? '').some((w) => EMBEDDED_POST_WORDS.has(w))) continue;
    for (const a of Array.from(quote.querySelectorAll('a'))) a.replaceWith(...Array.from(a.childNodes));
    n++;
  }
  return n;
}

/** Hidden by attribute or inline style: screen-reader text, collapsed menus, templates. */
function isHidden(el: El): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Words inside links over all words of an element. */
export function linkDensity(el: El, words = countWords(el.textContent ?? '')): number {
  if (words === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += countWords(a.textContent ?? '');
  // text of neighbouring blocks can run together in textContent, so the ratio may pass 1
  return Math.min(1, linked / words);
}

/** Options of the page cleaner. */
export interface CleanOptions {
  /** never remove a named block holding more than this share of the page's prose */
  maxProseShare?: number;
}

/** A run of text is prose from this many words (outside links). */
const PROSE_WORDS = 8;

/**
 * Words of prose (runs of text outside links with enough words, whatever the block markup:
 * `<p>`, or `<div>` text broken by `<br>`) under each element: the guard that keeps a wrapper
 * whose class names the layout (`has-sidebar`, `ad-pusher`, `widget Blog`) from being dropped
 * with the article inside it.
 */
export function proseWords(root: El): { total: number; under: Map<El, number> } {
  const under = new Map<El, number>();
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const words = countWords(node.nodeValue ?? '');
      if (words < PROSE_WORDS) continue;
      total += words;
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) under.set(el, (under.get(el) ?? 0) + words);
      continue;
    }
    if (node.nodeType !== 1 || (node as El).tagName === 'A') continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { total, under };
}

/**
 * Removes boilerplate from a subtree. Returns how many elements were removed.
 * An element holding much of the page's prose is kept even when its class says `sidebar`
 * or it is a `<form>` (ASP.NET pages wrap everything in one).
 */
export function removeBoilerplate(root: El, opts: CleanOptions = {}): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll(DROPPED_TAGS.join(',')))) {
    el.remove();
    removed++;
  }
  removed += collapseHoverCards(root);
  unlinkEmbeddedPosts(root);
  const maxShare = opts.maxProseShare ?? MAX_PROSE_SHARE;
  const prose = proseWords(root);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.parentNode) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') continue;
    if (isHidden(el)) {
      el.remove();
      removed++;
      continue;
    }
    const chrome = CHROME_TAGS.includes(tag);
    const named = namesBoilerplate(el);
    if (!chrome && !named) continue;
    if (named === 'media' && !chrome && el.querySelector(MEDIA_KEEPS)) continue;
    if (named === 'social' && !chrome && (tag === 'blockquote' || el.querySelector('blockquote'))) {
      // an embedded post: its class would make Readability drop it as a share bar ("social")
      el.removeAttribute('class');
      el.removeAttribute('id');
      continue;
    }
    const share = prose.total ? (prose.under.get(el) ?? 0) / prose.total : 0;
    if (share > maxShare) continue;
    if (chrome && share > 0 && countWords(el.textContent ?? '') >= CHROME_MAX_WORDS) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/**
 * Drops short blocks made mostly of links (lists of related stories, tag clouds, "more from"
 * rails) inside an article container.
 */
export function removeLinkLists(root: El): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll('ul, ol, div, section, p, table'))) {
    if (!el.parentNode) continue;
    const words = countWords(el.textContent ?? '');
    if (words === 0 || words >= LINK_BLOCK_MAX_WORDS) continue;
    // a paragraph is a sentence that may link most of its words ("was re-opened ... following his
    // eviction"); only one that is all link ("Profile: Julian Assange") is a link-list item
    const limit = el.tagName === 'P' ? MAX_PARAGRAPH_LINK_DENSITY : MAX_LINK_DENSITY;
    if (linkDensity(el, words) > limit) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

/**
 * Drops teasers inside an article container: a short block (under TEASER_MAX_WORDS) whose
 * heading is a link, as in rails of "more stories" cards (headline link + one-line summary).
 * Headings of an article's own sections are not links, so they are untouched.
 */
export function removeTeasers(root: El): number {
  let removed = 0;
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (headings.length === 0) return 0;
  // words under each ancestor, counted at most once (asking each ancestor's textContent per
  // heading would be quadratic on a page of thousands of headings)
  const wordsUnder = new Map<El, number>();
  const wordsOf = (el: El) => {
    let n = wordsUnder.get(el);
    if (n === undefined) wordsUnder.set(el, (n = countWords(el.textContent ?? '')));
    return n;
  };
  for (const heading of headings) {
    if (!heading.parentNode) continue;
    const words = countWords(heading.textContent ?? '');
    if (words === 0 || linkDensity(heading, words) < 0.9) continue;
    // the teaser is the largest ancestor below the container still shorter than the limit
    let teaser: El = heading;
    for (let el = heading.parentElement; el && el !== root; el = el.parentElement) {
      if (wordsOf(el) >= TEASER_MAX_WORDS) break;
      teaser = el;
    }
    teaser.remove();
    removed++;
  }
  return removed;
}
