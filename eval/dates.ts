/**
 * Scores the date resolver against hand-labelled date expressions (our own sample:
 * fixtures/analyze/dates-sample/dates.json; there is no date gold set in ../shared/eval).
 * `triangulate eval dates <labels.json>`.
 *
 * The labels file: `{ root?, sets: { <set>: [ { file, reference, dates: [ {surface, context?,
 * value} ], negatives?: [ {surface, context?, why} ] } ] } }`. `file` is a `.txt` text or a `.json`
 * article relative to `root` (itself relative to the labels file's folder), read in place and
 * extracted as the pipeline does, so offsets are those of the analysed text. A label is found by
 * its `context` (first occurrence; the surface itself when absent) and the surface inside it.
 * `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, a TIMEX3-style value the resolver cannot give
 * (`2019-W49`, `2015-Q4`, `2021-FA`, `199X`), or a range `A/B` written as one expression ("2016-18").
 *
 * Choices, written down:
 * - Mention level, span overlap: a found date matches the first unmatched label it overlaps;
 *   each label matches once, except a range label, which takes every found date inside it (the
 *   resolver splits "2016-2018" into its two ends). A found date that matches no label counts
 *   against precision; one that overlaps a labelled negative is also listed as such.
 * - Resolution: a matched mention is right when its value is the label's (the value carries the
 *   granularity: `2019-12` is not `2019-12-10`); a range is right when its ends are the values.
 *   `endToEnd` = right / labelled. `resolutionCoarser` also counts a coarser value whose period
 *   holds the label's (`2016-07` for the week `2016-W27`, `2019` for `2019-12-10`): true, less
 *   precise.
 * - The reference date is the label's (the publication date as the pipeline reads it, or the
 *   story's date the pipeline lends an undated article); a different `published` is reported.
 * - Baseline in the same run: chrono-node's casual parser with the same reference, no refiners
 *   (no bare years, no filters, its own granularity: day when it read a day or weekday, month when
 *   it read a month, else year).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../src/analyze/dates/index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { UsageError } from '../src/core/messages.js';
import type { SourceDocument } from '../src/core/types.js';
import { extract } from '../src/extract/index.js';
import { documentFromRecord } from '../src/ingest/json.js';

/** One labelled date expression or negative. */
export interface LabelledDate {
  /** the expression as written */
  surface: string;
  /** a longer string of the text around it, unique enough to find it (default: the surface) */
  context?: string;
  /** the value (dates only) */
  value?: string;
  /** why it is not a date (negatives only) */
  why?: string;
}

/** One labelled article. */
export interface LabelledArticle {
  file: string;
  /** `YYYY-MM-DD`: the date relative expressions are resolved against */
  reference: string;
  dates: LabelledDate[];
  negatives?: LabelledDate[];
}

/** A span with a value: a label placed in the text, or a found date. */
export interface Placed {
  start: number;
  end: number;
  surface: string;
  value: string;
}

/** Counts of one comparison; sums over articles give the scores. */
export interface DateCounts {
  labelled: number;
  found: number;
  /** labels matched by a found date */
  matched: number;
  /** matched labels whose value is right */
  correct: number;
  /** matched labels whose value is right or a coarser period holding the label's ("2016-07" for the week 2016-W27) */
  compatible: number;
  /** found dates inside a labelled negative */
  negativesHit: number;
  negatives: number;
  spurious: string[];
  missed: string[];
  wrong: string[];
}

const VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}|\d{4}-Q[1-4]|\d{4}-(?:SP|SU|FA|WI)|\d{2,3}X{1,2})$/;

/** Granularity of a labelled value: day, month, year, or other (weeks, seasons, decades, ranges). */
export function granularityOfValue(value: string): 'day' | 'month' | 'year' | 'other' {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return 'other';
}

/**
 * Found against labelled, by span overlap, in text order.
 *
 * @example
 * compareDates([{ start: 0, end: 7, surface: 'Tuesday', value: '2019-12-10' }], [{ start: 3, end: 10, surface: 'Tuesday', value: '2019-12-11' }])
 * // -> matched 1, correct 0, wrong ['Tuesday: 2019-12-11, want 2019-12-10']
 */
export function compareDates(labels: Placed[], found: Placed[], negatives: Placed[] = []): DateCounts {
  const overlaps = (a: Placed, b: Placed) => a.start < b.end && b.start < a.end;
  const byLabel = new Map<number, Placed[]>();
  const spurious: string[] = [];
  let negativesHit = 0;
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    const i = labels.findIndex((l, k) => overlaps(l, f) && (!byLabel.has(k) || l.value.includes('/')));
    if (i >= 0) byLabel.set(i, [...(byLabel.get(i) ?? []), f]);
    else {
      const neg = negatives.some((n) => overlaps(n, f));
      if (neg) negativesHit++;
      spurious.push(`${f.surface}@${f.start}=${f.value}${neg ? ' (a labelled negative)' : ''}`);
    }
  }
  let correct = 0;
  let compatible = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  labels.forEach((l, k) => {
    const got = byLabel.get(k);
    if (!got) return missed.push(`${l.surface}@${l.start}=${l.value}`);
    const values = got.map((f) => f.value);
    const right = l.value.includes('/') ? values.join('/') === l.value : values[0] === l.value;
    if (right) correct++;
    else wrong.push(`${l.surface}@${l.start}: ${values.join('/')}, want ${l.value}`);
    if (right || (!l.value.includes('/') && values.length === 1 && holds(values[0], l.value))) compatible++;
  });
  return { labelled: labels.length, found: found.length, matched: byLabel.size, correct, compatible, negativesHit, negatives: negatives.length, spurious, missed, wrong };
}

/** The days a value covers, as [first, last] `YYYY-MM-DD` strings; null for a value we cannot place. */
export function period(value: string): [string, string] | null {
  const p = (n: number) => String(n).padStart(2, '0');
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [`${value}-01`, `${value}-${p(lastDay(+m[1], +m[2]))}`];
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    // ISO week: the week holding January 4 is week 1
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (+m[2] - 1) * 7 * 86400000);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 86400000))];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = (+m[2] - 1) * 3 + 1;
    return [`${m[1]}-${p(first)}-01`, `${m[1]}-${p(first + 2)}-${p(lastDay(+m[1], first + 2))}`];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1];
    const [a, b] = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] }[m[2] as 'SP' | 'SU' | 'FA' | 'WI'];
    const end = b > 12 ? `${y + 1}-${p(b - 12)}-${p(lastDay(y + 1, b - 12))}` : `${y}-${p(b)}-${p(lastDay(y, b))}`;
    return [`${y}-${p(a)}-01`, end];
  }
  if ((m = /^(\d{3})X$/.exec(value))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  return null;
}

/** A found value holds a labelled one when its period covers the label's (a coarser but true value). */
export function holds(found: string, label: string): boolean {
  const f = period(found);
  const l = period(label);
  return !!f && !!l && f[0] <= l[0] && f[1] >= l[1];
}

/** Precision, recall, F1, resolution accuracy on matched mentions and end-to-end accuracy of summed counts. */
export function scores(counts: DateCounts[]): { precision: number; recall: number; f1: number; resolution: number; resolutionCoarser: number; endToEnd: number } {
  const sum = (k: 'labelled' | 'found' | 'matched' | 'correct' | 'compatible') => counts.reduce((n, c) => n + c[k], 0);
  const matchedFound = counts.reduce((n, c) => n + c.found - c.spurious.length, 0);
  const precision = sum('found') ? matchedFound / sum('found') : 0;
  const recall = sum('labelled') ? sum('matched') / sum('labelled') : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    precision: r(precision),
    recall: r(recall),
    f1: r(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    resolution: r(sum('matched') ? sum('correct') / sum('matched') : 0),
    resolutionCoarser: r(sum('matched') ? sum('compatible') / sum('matched') : 0),
    endToEnd: r(sum('labelled') ? sum('correct') / sum('labelled') : 0),
  };
}

/** The labels file, checked: a missing or malformed one is misuse (`UsageError`), named with what was expected. */
export function readDateLabels(path: string): { root: string; sets: Record<string, LabelledArticle[]> } {
  if (!existsSync(path)) throw new UsageError(`${path} not found (expected a labels file such as fixtures/analyze/dates-sample/dates.json)`);
  let json: { root?: unknown; sets?: unknown };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path} is not JSON (${(e as Error).message})`);
  }
  if (!json || typeof json.sets !== 'object' || json.sets === null) throw new UsageError(`${path} has no "sets" object ({ sets: { <set>: [ { file, reference, dates } ] } })`);
  const sets = json.sets as Record<string, LabelledArticle[]>;
  for (const [set, articles] of Object.entries(sets)) {
    if (!Array.isArray(articles)) throw new UsageError(`${path}: set "${set}" is not a list of articles`);
    for (const a of articles) {
      if (typeof a?.file !== 'string' || !Array.isArray(a.dates)) throw new UsageError(`${path}: set "${set}" has an article without "file" and "dates"`);
      if (typeof a.reference !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a.reference)) throw new UsageError(`${path}: ${a.file}: "reference" must be YYYY-MM-DD, got ${JSON.stringify(a.reference)}`);
      const bad = a.dates.find((d) => typeof d?.surface !== 'string' || typeof d.value !== 'string' || !d.value.split('/').every((v) => VALUE.test(v)));
      if (bad) throw new UsageError(`${path}: ${a.file}: date ${JSON.stringify(bad)} needs a surface and a value YYYY[-MM[-DD]] (or YYYY-Www, YYYY-Qn, YYYY-SU, 199X, A/B)`);
      const badNegative = (a.negatives ?? []).find((d) => typeof d?.surface !== 'string');
      if (badNegative) throw new UsageError(`${path}: ${a.file}: negative ${JSON.stringify(badNegative)} needs a surface`);
    }
  }
  const root = resolve(dirname(path), typeof json.root === 'string' ? json.root : '.');
  return { root, sets };
}

/** The article as the pipeline reads it (extracted): its text and publication date. */
export function readArticle(root: string, file: string): { text: string; published: string | null } {
  const path = join(root, file);
  if (!existsSync(path)) throw new UsageError(`${file} not found under ${root} (../shared/eval must sit beside the project)`);
  const raw = readFileSync(path, 'utf8');
  let doc: SourceDocument;
  if (file.endsWith('.json')) {
    try {
      doc = documentFromRecord(JSON.parse(raw), file, file) as SourceDocument;
    } catch (e) {
      throw new UsageError(`${file} is not a JSON article (${(e as Error).message})`);
    }
  } else doc = { id: file, origin: file, kind: 'text', content: raw, meta: {}, messages: [] };
  const result = extract(doc);
  if (!result.ok) throw new UsageError(`${file} could not be extracted`);
  return { text: result.value.text, published: result.value.published?.slice(0, 10) ?? null };
}

/** A label placed in the text: its context's first occurrence, the surface inside it. */
export function place(text: string, file: string, l: LabelledDate): Placed {
  const context = l.context ?? l.surface;
  const at = text.indexOf(context);
  const inner = context.indexOf(l.surface);
  if (at < 0 || inner < 0) throw new UsageError(`${file}: the label ${JSON.stringify(l)} is not in the text (context and surface must be copied verbatim)`);
  return { start: at + inner, end: at + inner + l.surface.length, surface: l.surface, value: l.value ?? '' };
}

/** The baseline: chrono's casual parser alone, with the reference date. */
export function chronoBaseline(text: string, reference: string): Placed[] {
  const instant = new Date(`${reference}T12:00:00Z`);
  return chrono.en.casual.parse(text, { instant, timezone: 0 }).map((r) => {
    const c = r.start;
    const k = (x: string) => c.isCertain(x as chrono.Component);
    const p = (n: number) => String(n).padStart(2, '0');
    const y = c.get('year')!;
    const value = k('day') || k('weekday') ? `${y}-${p(c.get('month')!)}-${p(c.get('day')!)}` : k('month') ? `${y}-${p(c.get('month')!)}` : String(y);
    return { start: r.index, end: r.index + r.text.length, surface: r.text, value };
  });
}

function summary(counts: DateCounts[]) {
  return {
    labelled: counts.reduce((n, c) => n + c.labelled, 0),
    found: counts.reduce((n, c) => n + c.found, 0),
    ...scores(counts),
    negatives: { labelled: counts.reduce((n, c) => n + c.negatives, 0), hit: counts.reduce((n, c) => n + c.negativesHit, 0) },
  };
}

export async function evaluate(labelsPath: string, opts: { limit?: number } = {}): Promise<unknown> {
  const started = Date.now();
  const { root, sets } = readDateLabels(labelsPath);
  const report: Record<string, unknown> = {};
  for (const [set, all] of Object.entries(sets)) {
    const articles = opts.limit ? all.slice(0, opts.limit) : all;
    const ours: DateCounts[] = [];
    const base: DateCounts[] = [];
    const byGranularity: Record<string, DateCounts[]> = { day: [], month: [], year: [], other: [] };
    const errors: { file: string; spurious: string[]; missed: string[]; wrong: string[] }[] = [];
    const notes: string[] = [];
    for (const a of articles) {
      const { text, published } = readArticle(root, a.file);
      if (published && published !== a.reference) notes.push(`${a.file}: published ${published}, labelled reference ${a.reference}`);
      const labels = a.dates.map((d) => place(text, a.file, d));
      const negatives = (a.negatives ?? []).map((d) => place(text, a.file, d));
      const found: Placed[] = findDates(text, splitSentences(text), a.reference, { input: a.file }).dates.map((d) => ({ start: d.start, end: d.end, surface: d.surface, value: d.value }));
      const c = compareDates(labels, found, negatives);
      ours.push(c);
      base.push(compareDates(labels, chronoBaseline(text, a.reference), negatives));
      // per granularity of the label: recall and resolution of each kind (found dates matched to it)
      for (const g of Object.keys(byGranularity)) {
        const mine = labels.filter((l) => (l.value.includes('/') ? 'other' : granularityOfValue(l.value)) === g);
        byGranularity[g].push(compareDates(mine, found.filter((f) => mine.some((l) => l.start < f.end && f.start < l.end))));
      }
      if (c.spurious.length || c.missed.length || c.wrong.length) errors.push({ file: a.file, spurious: c.spurious, missed: c.missed, wrong: c.wrong });
    }
    report[set] = {
      articles: articles.length,
      ...summary(ours),
      byGranularity: Object.fromEntries(
        Object.entries(byGranularity).map(([g, cs]) => {
          const s = scores(cs);
          return [g, { labelled: cs.reduce((n, c) => n + c.labelled, 0), recall: s.recall, resolution: s.resolution }];
        }),
      ),
      baselines: { chrono: summary(base) },
      errors,
      ...(notes.length ? { notes } : {}),
    };
  }
  return { labels: labelsPath, sets: report, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
