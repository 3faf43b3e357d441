/**
 * Plain-text and Markdown exports of articles (.txt, .md, and the `text` of JSON articles):
 * removes clutter with ordered rules (rules.ts), keeps a map to the input (clean.ts), and reads
 * metadata from the text (title, outlet, date, original URL, language).
 */
import { message } from '../../core/messages.js';
import type { Message, Result } from '../../core/types.js';
import type { Extracted } from '../index.js';
import { cleanText, type Cleaned } from './clean.js';
import { dateFromUrl } from '../dates.js';
import { detectLanguage } from '../language.js';
import { findOutlet, LANGUAGE_MIN_CHARS, LANGUAGE_SAMPLE_CHARS, type OutletSource } from './metadata.js';

export interface TextOptions {
  /** the input is Markdown */
  markdown?: boolean;
  /**
   * the title the container (a JSON record) gave: then only a first line with the same words is
   * removed as the title, and no other line is guessed to be one
   */
  title?: string | null;
}

/** Everything the text extractor decided, for tests, evaluation and the summary message. */
export interface TextReport {
  cleaned: Cleaned;
  outletFrom: OutletSource | null;
}

/** Cleans the text and reads its metadata; also returns what was removed and where metadata came from. */
export function extractTextReport(input: string, opts: TextOptions = {}): { result: Result<Extracted>; report: TextReport | null } {
  if (input.trim().length === 0) return { result: { ok: false, messages: [message('error', 'extract', 'empty-input')] }, report: null };
  const cleaned = cleanText(input, { markdown: opts.markdown, title: opts.title });
  const { text, sourceMap, found, removals } = cleaned;
  const counts = countByRule(removals.map((r) => r.rule));
  if (!/[\p{L}\p{N}]/u.test(text)) {
    const what = counts ? `nothing is left after removing clutter (${counts})` : 'no words in the text';
    return { result: { ok: false, messages: [message('error', 'extract', 'too-short', what)] }, report: null };
  }
  const links = removals.filter((r) => r.rule === 'lone-url').map((r) => input.slice(r.start, r.end).trim().replace(/^[<(\[]|[>)\]]$/g, ''));
  const outlet = findOutlet(found, text, links);
  // a date line of the text first; else the date in the article's URL path ("/2019/12/11/")
  const textDate = found.published ?? found.updated ?? null;
  const urlDate = textDate ? null : dateFromUrl(found.url);
  const published = textDate ?? urlDate;
  const publishedBy = textDate ? 'text' : urlDate ? 'url' : null;
  const messages: Message[] = [];
  const provenance = [
    cleaned.titleFrom ? `title from ${cleaned.titleFrom}` : null,
    outlet ? `outlet from ${outlet.from}` : null,
    publishedBy ? `published from ${publishedBy === 'text' ? 'date line' : 'url'}` : null,
    found.url ? 'url from an "Original url:" or metadata line' : null,
  ].filter(Boolean);
  if (removals.length > 0 || cleaned.joins > 0) {
    const joined = cleaned.joins > 0 ? `; ${cleaned.joins} broken sentence${cleaned.joins > 1 ? 's' : ''} joined` : '';
    const from = provenance.length ? `; ${provenance.join(', ')}` : '';
    messages.push(message('info', 'extract', 'clutter-removed', `${counts || 'nothing'} removed${joined}${from}`));
  }
  const value: Extracted = {
    title: found.title ?? null,
    byline: found.byline ?? null,
    published,
    language: detectLanguage(text, { minChars: LANGUAGE_MIN_CHARS, sampleChars: LANGUAGE_SAMPLE_CHARS }),
    url: found.url ?? null,
    outlet: outlet?.outlet ?? null,
    text,
    sourceMap,
    extractedBy: 'text',
    publishedBy,
  };
  return { result: { ok: true, value, messages }, report: { cleaned, outletFrom: outlet?.from ?? null } };
}

/** The door: a text export to an article's text and metadata, or the reason there is none. */
export function extractText(input: string, opts: TextOptions = {}): Result<Extracted> {
  return extractTextReport(input, opts).result;
}

/** "embed 3, image-caption 2" in order of first appearance. */
function countByRule(rules: string[]): string {
  const counts = new Map<string, number>();
  for (const r of rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${r} ${n}`).join(', ');
}
