/**
 * HTML pages to an article: main text, title, byline, published date, canonical URL, outlet and
 * language.
 *
 * Order of work on one fresh parse of the page (the caller's string is never touched):
 *   1. guards: size and nesting depth (a page that would exhaust memory or the stack is read
 *      by the flat `tagless` fallback instead),
 *   2. metadata, read before anything is removed (JSON-LD, meta tags, `<time>`, the URL),
 *   3. boilerplate removal on the page (see clean.ts),
 *   4. candidates: Readability, our density extractor, JSON-LD `articleBody` (see candidates.ts),
 *      compared on quality; the winner is recorded in `extractedBy`.
 *
 * `sourceMap` is empty for HTML: the text is rebuilt from the DOM (entities decoded, white space
 * collapsed, blocks joined), so its pieces are not verbatim slices of the HTML string and a span
 * cannot be mapped back to an offset in the page.
 */
import { parseHTML } from 'linkedom';
import { message } from '../../core/messages.js';
import type { Message, Result } from '../../core/types.js';
import type { Extracted } from '../index.js';
import { chooseCandidate } from './choose.js';
import { bodyCandidate, densityCandidate, readabilityCandidate, type Candidate } from './candidates.js';
import { removeBoilerplate, removeTeasers } from './clean.js';
import { jsonLdCandidate, readMetadata } from './metadata.js';
import { MAX_DOM_CHARS, READABILITY_MAX_DEPTH, READABILITY_MAX_ELEMENTS, guardHtml, taglessParagraphs } from './guard.js';
import { judgeArticle } from './article-check.js';
import { detectLanguage } from '../language.js';
import { countWords } from './text.js';

export interface HtmlOptions {
  /** the URL the page was fetched from, when known (helps the date, the outlet and the canonical URL) */
  url?: string | null;
}

/** Extracts an article from an HTML page; a page without an article is a value with reasons. */
export function extractHtml(html: string, opts: HtmlOptions = {}): Result<Extracted> {
  try {
    return extractFromDom(html, opts);
  } catch (error) {
    // a parser or Readability failure on hostile markup is an outcome of the input, not a crash
    // of the batch: the page is read without markup and the failure is said
    const note = message('warning', 'extract', 'not-an-article', `the page could not be read as a DOM (${(error as Error).message}); read without markup`);
    return finish({ method: 'baseline', paragraphs: taglessParagraphs(html.slice(0, MAX_DOM_CHARS)) }, null, opts, [note]);
  }
}

function extractFromDom(html: string, opts: HtmlOptions): Result<Extracted> {
  const messages: Message[] = [];
  if (html.trim() === '') {
    return { ok: false, messages: [message('error', 'extract', 'not-an-article', 'the page is empty')] };
  }
  const guarded = guardHtml(html);
  messages.push(...guarded.messages);
  if (guarded.flat) {
    const paragraphs = taglessParagraphs(guarded.html);
    return finish({ method: 'baseline', paragraphs }, null, opts, messages);
  }
  let document: Document;
  try {
    document = parseHTML(guarded.html).document as unknown as Document;
    if (!document.documentElement) throw new Error('no root element');
  } catch (error) {
    messages.push(message('warning', 'extract', 'not-an-article', `the HTML could not be parsed (${(error as Error).message}); read without markup`));
    return finish({ method: 'baseline', paragraphs: taglessParagraphs(guarded.html) }, null, opts, messages);
  }
  const meta = readMetadata(document, opts.url ?? null);
  const jsonLd = jsonLdCandidate(document);
  const root = document.body ?? document.documentElement;
  if (!root) return finish({ method: 'baseline', paragraphs: [] }, meta, opts, messages);
  cleanPage(root);
  const elements = root.querySelectorAll('*').length;
  if (elements > READABILITY_MAX_ELEMENTS) {
    messages.push(message('warning', 'extract', 'too-large', `${elements} elements after clean-up (Readability limit ${READABILITY_MAX_ELEMENTS}); read by the density extractor`));
  }
  const useReadability = guarded.depth <= READABILITY_MAX_DEPTH && elements <= READABILITY_MAX_ELEMENTS;
  const readability = useReadability ? readabilityCandidate(document) : null;
  // The fallbacks run only when Readability found little. Readability moves the page's nodes
  // into its own container, so they then read a fresh parse of the page (a rare second parse
  // instead of running them on every page: they cost as much as Readability itself).
  let density: Candidate | null = null;
  let body: Candidate | null = null;
  if (!readability || countWords(readability.paragraphs.join(' ')) < FALLBACK_BELOW_WORDS) {
    const page = useReadability ? freshCleanPage(guarded.html) : root;
    if (page) {
      density = densityCandidate(page);
      body = bodyCandidate(page);
    }
  }
  const candidates = [readability, density, jsonLd].filter((c): c is Candidate => c !== null);
  const chosen = chooseCandidate(candidates);
  return finish(chosen && chosen.paragraphs.length ? chosen : body, meta, opts, messages);
}

/**
 * Readability's text under this many words has the fallbacks computed and compared. Above it,
 * the density extractor could only win (choose.ts: four times Readability's words) with over
 * 1,000 words; that case is knowingly not checked, to keep the fallbacks off the common path.
 */
const FALLBACK_BELOW_WORDS = 250;

/** Boilerplate removal of the page: teaser cards first (their linked headings sit in <header>s that the chrome rule removes). */
function cleanPage(root: Element): void {
  removeTeasers(root);
  removeBoilerplate(root);
}

/** A second, cleaned parse of the page for the fallbacks. */
function freshCleanPage(html: string): Element | null {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const root = document.body ?? document.documentElement;
  if (root) cleanPage(root);
  return root;
}

function finish(candidate: Candidate | null, meta: ReturnType<typeof readMetadata> | null, opts: HtmlOptions, messages: Message[]): Result<Extracted> {
  const paragraphs = candidate?.paragraphs ?? [];
  const text = paragraphs.join('\n\n');
  const verdict = judgeArticle(text, meta, candidate?.linkDensity);
  if (!verdict.ok) return { ok: false, messages: [...messages, message('error', 'extract', verdict.rule, verdict.detail)] };
  return {
    ok: true,
    value: {
      title: meta?.title ?? null,
      byline: meta?.byline ?? null,
      published: meta?.published ?? null,
      language: meta?.language ?? detectLanguage(text),
      url: meta?.url ?? opts.url ?? null,
      outlet: meta?.outlet ?? null,
      text,
      sourceMap: [],
      extractedBy: candidate?.method ?? 'baseline',
      publishedBy: meta?.publishedBy ?? null,
    },
    messages,
  };
}
