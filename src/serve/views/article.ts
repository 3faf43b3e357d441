/**
 * An article page: its cleaned text by paragraph, with a cited span highlighted (the target of
 * a citation link), and the original input on demand, sanitised (article HTML is untrusted).
 */
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../../render/html.js';
import type { StoredArticle } from '../../store/types.js';
import { day, storyHref } from './layout.js';

/** What may survive of an article's original HTML: text structure and links, nothing active. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'a', 'em', 'strong', 'b', 'i', 'q', 'cite', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'pre', 'code', 'time', 'small', 'sub', 'sup', 'hr'],
  allowedAttributes: { a: ['href'], time: ['datetime'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  // contents of these go too, not just the tags
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template', 'svg', 'math'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }) },
};

/** Sanitises untrusted article HTML for display. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** The span to highlight, when valid for this text; else the reason it is not. */
export function highlightOf(text: string, start: string | undefined, end: string | undefined): { start: number; end: number } | { error: string } | null {
  if (start === undefined && end === undefined) return null;
  const s = Number(start);
  const e = Number(end);
  if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > text.length) {
    return { error: `the cited span ${start ?? '?'}–${end ?? '?'} is not within this article's ${text.length} characters` };
  }
  return { start: s, end: e };
}

export function articleBody(stored: StoredArticle, highlight: ReturnType<typeof highlightOf>): string {
  const a = stored.analyzed.article;
  const span = highlight && !('error' in highlight) ? highlight : null;
  const parts: string[] = [];
  parts.push(`<p class="meta"><span class="badge outlet">${escapeHtml(a.outlet ?? 'unknown outlet')}</span> ${day(a.published)}${a.byline ? ` · ${escapeHtml(a.byline)}` : ''}${stored.story ? ` · <a href="${storyHref(stored.story)}">back to the story</a>` : ''}</p>`);
  parts.push(`<h1>${escapeHtml(a.title ?? a.id)}</h1>`);
  if (highlight && 'error' in highlight) parts.push(`<p class="notice">${escapeHtml(highlight.error)}</p>`);
  if (span) parts.push(`<p class="notice">The cited passage is <a href="#cited">highlighted</a>.</p>`);
  parts.push(`<article class="text">${paragraphs(a.text, span)}</article>`);
  const source = a.url && /^https?:\/\//i.test(a.url) ? `<a href="${escapeHtml(a.url)}" rel="noopener noreferrer nofollow">${escapeHtml(a.url)}</a>` : escapeHtml(a.origin);
  parts.push(`<p class="muted">Source: ${source} · id <code>${escapeHtml(a.id)}</code> · extracted by ${escapeHtml(a.extractedBy)}${stored.source ? ` · <a href="/articles/${encodeURIComponent(a.id)}?view=original">original input</a>` : ''}</p>`);
  return parts.join('\n');
}

/** Paragraphs (split on blank lines) with the span wrapped in <mark id="cited"> (across paragraphs if need be). */
function paragraphs(text: string, span: { start: number; end: number } | null): string {
  const out: string[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  let marked = false;
  const pieces: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);
  for (const [ps, pe] of pieces) {
    if (pe <= ps) continue;
    if (!span || span.end <= ps || span.start >= pe) {
      out.push(`<p>${escapeHtml(text.slice(ps, pe))}</p>`);
      continue;
    }
    const s = Math.max(ps, span.start);
    const e = Math.min(pe, span.end);
    const id = marked ? '' : ' id="cited"';
    marked = true;
    out.push(`<p>${escapeHtml(text.slice(ps, s))}<mark${id}>${escapeHtml(text.slice(s, e))}</mark>${escapeHtml(text.slice(e, pe))}</p>`);
  }
  return out.join('\n');
}

/** The original input: sanitised HTML, or text as text. */
export function originalBody(stored: StoredArticle): string {
  const a = stored.analyzed.article;
  const source = stored.source!;
  const body = source.kind === 'html' ? sanitizeArticleHtml(source.content) : `<pre>${escapeHtml(source.content)}</pre>`;
  return `<p class="meta"><a href="/articles/${encodeURIComponent(a.id)}">← cleaned text</a></p><h1>${escapeHtml(a.title ?? a.id)} <span class="muted">(original ${escapeHtml(source.kind)})</span></h1>
<div class="original">${body}</div>`;
}
