/**
 * Scores the extraction stage on the scrapinghub article-extraction benchmark
 * (`../shared/eval/extraction/scrapinghub`, see `../shared/eval/README.md`).
 *
 * The metric is the benchmark's own `evaluate.py`: word tokens (`\w+`, case kept), shingles of 4
 * tokens, per document the true positive / false positive / missed shingles counted as
 * multisets and normalised to sum to 1; precision is averaged over documents with any
 * prediction, recall over documents with any truth; F1 = 2PR/(P+R).
 *
 * Printed next to our score: two floors (an empty output; all visible text, like `html-text`)
 * and Mozilla Readability.js on linkedom, run in the same process on the same pages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html/index.js';

/** Python's `\w` with `re.UNICODE`: letters, digits and numerics, and the underscore (no marks). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens: every `\w+` run, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The multiset of shingles of `n` tokens. Like `evaluate.py`, a text shorter than `n` tokens
 * gives one shorter shingle, and an empty text none.
 */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Counts of one document: true positives, false positives and missed shingles. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Multiset intersection and differences of the shingles of truth and prediction. */
export function matchShingles(truth: string, prediction: string): Counts {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, pc] of p) {
    const tc = t.get(s) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [s, tc] of t) fn += Math.max(0, tc - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

/** Precision, recall and F1 as `evaluate.py` computes them from per-document counts. */
export function score(perDocument: Counts[]): { precision: number; recall: number; f1: number } {
  const normalised = perDocument.map(({ tp, fp, fn }) => {
    const sum = tp + fp + fn;
    return sum ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
  });
  const precisions = normalised.filter((c) => c.tp + c.fp > 0).map((c) => c.tp / (c.tp + c.fp));
  const recalls = normalised.filter((c) => c.tp + c.fn > 0).map((c) => c.tp / (c.tp + c.fn));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** One page of the benchmark. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** Reads the benchmark's pages in id order (the html is gzip, UTF-8). */
export function readBenchmark(dir: string, limit?: number): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const ids = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => id in truth)
    .sort();
  return ids.slice(0, limit ?? ids.length).map((id) => ({
    id,
    url: truth[id].url ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    truth: truth[id].articleBody ?? '',
  }));
}

/** An extractor under comparison: page HTML to main text. */
export type TextExtractor = (html: string, url: string) => string;

/** Mozilla Readability.js on linkedom, as a reference run in the same process. */
export const readabilityText: TextExtractor = (html) => {
  const { document } = parseHTML(html);
  try {
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
};

/** The "all visible text" floor: the body's text without scripts, styles and templates. */
export const visibleText: TextExtractor = (html) => {
  const { document } = parseHTML(html);
  for (const node of Array.from(document.querySelectorAll('script, style, noscript, template, head'))) node.remove();
  return document.body?.textContent ?? document.documentElement?.textContent ?? '';
};

/** Ours: the extraction stage's HTML door. */
export const ourText: TextExtractor = (html, url) => {
  const result = extractHtml(html, { url });
  return result.ok ? result.value.text : '';
};

/** Scores each extractor on the pages; `perPage` adds each page's F1 for ours (for diagnosis). */
export async function evaluate(dir: string, opts: { limit?: number; perPage?: boolean } = {}): Promise<unknown> {
  const pages = readBenchmark(dir, opts.limit);
  const extractors: Record<string, TextExtractor> = {
    ours: ourText,
    readability: readabilityText,
    'floor-empty': () => '',
    'floor-visible-text': visibleText,
  };
  const report: Record<string, unknown> = {
    dataset: dir,
    pages: pages.length,
    metric: 'scrapinghub evaluate.py: 4-token shingles, per-document normalised, macro P/R, F1 = 2PR/(P+R)',
    published: { 'rs_trafilatura': 0.97, 'trafilatura 2.0': 0.958, 'Readability.js': 0.947, 'html-text (all visible text)': 0.665 },
  };
  const perPage: Record<string, number> = {};
  for (const [name, extractor] of Object.entries(extractors)) {
    const counts = pages.map((page) => {
      const c = matchShingles(page.truth, extractor(page.html, page.url));
      if (name === 'ours' && opts.perPage) perPage[page.id] = round(score([c]).f1);
      return c;
    });
    report[name] = score(counts);
  }
  if (opts.perPage) report.perPage = perPage;
  return report;
}
