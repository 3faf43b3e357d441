/**
 * Extract: a source document to an `Article` (clean text, metadata, a map back to the input).
 * Pure: never fetches, never mutates its input.
 */
import type { Article, ArticleMeta, Result, SourceDocument } from '../core/types.js';
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
  const meta = mergeMeta(found, doc.meta);
  const article: Article = {
    id: doc.id,
    origin: doc.origin,
    ...meta,
    text: found.text,
    sourceMap: found.sourceMap,
    extractedBy: doc.kind === 'json' ? 'json' : found.extractedBy,
    publishedBy: doc.meta.published ? 'container' : found.publishedBy,
    messages: [...doc.messages, ...result.messages.map((m) => ({ ...m, input: m.input ?? doc.origin }))],
  };
  return { ok: true, value: article, messages: article.messages };
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
