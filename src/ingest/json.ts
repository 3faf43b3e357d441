/**
 * JSON and JSONL articles: `{id, title, text | html, outlet, url, published, byline, language}`.
 */
import { message } from '../core/messages.js';
import type { ArticleMeta, Message, SourceDocument } from '../core/types.js';
import type { Ingested } from './index.js';

type JsonArticle = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** Turns one parsed JSON record into a document, or a message saying why not. */
export function documentFromRecord(record: unknown, origin: string, fallbackId: string): SourceDocument | Message {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return message('error', 'ingest', 'malformed-json', 'expected an object with "text" or "html"', origin);
  }
  const r = record as JsonArticle;
  const html = str(r.html) ?? str(r.content_html);
  const text = str(r.text) ?? str(r.content_text) ?? str(r.body) ?? str(r.articleBody);
  const headline = str(r.title);
  if (!html && !text && !headline) {
    return message('error', 'ingest', 'empty-input', `record ${str(r.id) ?? fallbackId} has no "text", "html" or "title"`, origin);
  }
  // a record with a headline only (feeds and crawls have them) is still evidence for its story:
  // it is kept as a one-line article, with a warning
  const thin = !html && !text;
  const meta: Partial<ArticleMeta> = {};
  // always set, null included: a record that has no title says so, and no line is guessed to be one
  meta.title = str(r.title);
  const outlet = str(r.outlet) ?? str(r.source) ?? str(r.publisher);
  if (outlet) meta.outlet = outlet;
  const url = str(r.url);
  if (url) meta.url = url;
  const published = str(r.published) ?? str(r.date) ?? str(r.date_published);
  if (published) meta.published = published;
  const byline = str(r.byline) ?? str(r.author);
  if (byline) meta.byline = byline;
  const language = str(r.language);
  if (language) meta.language = language;
  const id = str(r.id) ?? (typeof r.id === 'number' ? String(r.id) : null) ?? fallbackId;
  const messages = thin ? [message('warning', 'ingest', 'too-short', `record ${id} has a title but no text; the title is its text`, origin)] : [];
  return { id, origin, kind: html ? 'html' : 'text', content: (html ?? text ?? headline)!, meta, messages };
}

function isDocument(x: SourceDocument | Message): x is SourceDocument {
  return 'content' in x;
}

/** A `.json` file: one article object, or an array of them. */
export function parseJsonArticles(content: string, origin: string, id: string): Ingested {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { documents: [], messages: [message('error', 'ingest', 'malformed-json', (error as Error).message, origin)] };
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  const documents: SourceDocument[] = [];
  const messages: Message[] = [];
  records.forEach((record, i) => {
    const doc = documentFromRecord(record, origin, records.length > 1 ? `${id}#${i + 1}` : id);
    if (isDocument(doc)) documents.push(doc);
    else messages.push(doc);
  });
  return { documents, messages };
}

/** A `.jsonl` file: one article per line; a bad line is reported with its number, the rest go on. */
export function parseJsonLines(content: string, origin: string): Ingested {
  const documents: SourceDocument[] = [];
  const messages: Message[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${origin}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      messages.push(message('error', 'ingest', 'malformed-json', `line ${i + 1}: ${(error as Error).message}`, origin));
      return;
    }
    const doc = documentFromRecord(parsed, origin, where);
    if (isDocument(doc)) documents.push(doc);
    else messages.push(doc);
  });
  if (documents.length === 0 && messages.length === 0) {
    messages.push(message('error', 'ingest', 'empty-input', 'no JSON lines', origin));
  }
  return { documents, messages };
}
