/**
 * Scores quote attribution on PolNeAR (see ../shared/eval/README.md): `<split>/text/*.txt` and
 * `<split>/attributions/<article>_<annotator>.ann` (brat standoff, code-point offsets).
 *
 * Each article goes through the real pipeline pieces, as `triangulate quotes` runs them:
 * a text SourceDocument -> extract (cleaning, with its source map) -> analyze; our spans are
 * mapped back to the input through `article.sourceMap`, so what is scored is what the CLI prints.
 *
 * Choices, written down:
 * - Annotators: an article annotated by several annotators is scored against ONE of them, the
 *   first annotator id in sorted order (deterministic; no averaging).
 * - Quotes sharing a cue span (a quotation split by its cue) form one predicted attribution
 *   with several pieces, as brat writes one discontinuous content.
 * - Tokens are runs of letters/digits; a token belongs to a span if it overlaps a piece.
 *   Exact match: the same token set. Overlap match: shared tokens >= 0.5 of the gold tokens
 *   AND >= 0.5 of the predicted tokens. Pairs are matched one-to-one, best overlap first.
 * - Direct quotes: content whose text holds a quotation mark, on both sides (gold and ours).
 * - Speaker accuracy, over matched content whose gold attribution has a source: our speaker
 *   span overlaps the gold source, or our speaker's resolved name ends with the same word as
 *   the gold source (same canonical person written elsewhere).
 * - Baseline for direct quotes: every quotation-marked span is a quote (no cue needed).
 * - `offsets`: how many of our quotes read the same in the input at their mapped offsets
 *   (what `triangulate quotes` prints), exactly and up to spaces; the cleaner normalising
 *   spaces or removing clutter inside a quote are the expected causes of a difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { findQuoted, paragraphSpans } from '../src/analyze/quotes/marks.js';
import { toSourceSpan } from '../src/core/source-map.js';
import type { Quote, SourceDocument, Span } from '../src/core/types.js';
import { extract } from '../src/extract/index.js';

interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** One attribution: content pieces, source pieces, in UTF-16 offsets of the input. */
interface Attr {
  content: Span[];
  source: Span[];
  /** our speaker's resolved name (predictions only) */
  speakerName?: string | null;
}

/** Published anchors, README of the eval set. */
const ANCHORS = {
  'GenderGapTracker quote F1 (own set, 0.3 overlap)': 0.837,
  'GenderGapTracker speaker accuracy (own set)': 0.86,
  'Citron content overlap F1 (PARC 3.0)': 0.832,
  'Citron content exact F1 (PARC 3.0)': 0.593,
  'Citron source F1 (PARC 3.0)': 0.82,
  'PolNeAR annotator agreement (attribution-wise)': 0.923,
};

const QUOTE_MARK = /["“”„«»]|''|``/;
const round = (x: number) => Math.round(x * 10000) / 10000;
const prf = (tp: number, predicted: number, gold: number): Prf => {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
};

/** brat .ann -> attributions (code points converted to UTF-16 of `text`). */
export function parseAnn(ann: string, text: string): Attr[] {
  const utf16 = codePointIndex(text);
  const spans = new Map<string, { label: string; pieces: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols[1]) {
      const sp = cols[1].indexOf(' ');
      const label = cols[1].slice(0, sp);
      const pieces = cols[1]
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map(([s, e]) => ({ start: utf16(s), end: utf16(e) }));
      spans.set(cols[0], { label, pieces });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) events.push(cols[1]);
  }
  const out: Attr[] = [];
  for (const e of events) {
    const args = new Map(e.split(/\s+/).map((a) => a.split(':') as [string, string]));
    const content = args.get('Content');
    if (!content || !spans.get(content)) continue;
    const source = args.get('Source');
    out.push({ content: spans.get(content)!.pieces, source: source ? (spans.get(source)?.pieces ?? []) : [] });
  }
  return out;
}

function codePointIndex(text: string): (cp: number) => number {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[Math.min(cp, map.length - 1)];
}

/** Word tokens of the text, as [start, end) pairs, for overlap counting. */
export function tokenSet(tokens: Span[], pieces: Span[]): Set<number> {
  const out = new Set<number>();
  for (const p of pieces) {
    // binary search the first token ending after p.start
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= p.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k].start < p.end; k++) out.add(k);
  }
  return out;
}

interface MatchResult {
  exact: number;
  overlap: number;
  pairs: [number, number][];
}

/** One-to-one matching, best overlap first. */
export function match(pred: Set<number>[], gold: Set<number>[]): MatchResult {
  const cands: { i: number; j: number; score: number; exact: boolean }[] = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      let shared = 0;
      for (const t of pred[i]) if (gold[j].has(t)) shared++;
      if (!shared) continue;
      const score = Math.min(shared / pred[i].size, shared / gold[j].size);
      cands.push({ i, j, score, exact: shared === pred[i].size && shared === gold[j].size });
    }
  }
  cands.sort((a, b) => b.score - a.score);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  let exact = 0;
  for (const c of cands) {
    if (c.score < 0.5 || usedP.has(c.i) || usedG.has(c.j)) continue;
    usedP.add(c.i);
    usedG.add(c.j);
    pairs.push([c.i, c.j]);
    if (c.exact) exact++;
  }
  return { exact, overlap: pairs.length, pairs };
}

const overlaps = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** Groups our quotes into attributions: pieces sharing a cue are one attribution. */
export function attributionsOf(quotes: Quote[], toInput: (s: Span) => Span): Attr[] {
  const byCue = new Map<string, Attr>();
  const out: Attr[] = [];
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const piece = toInput(q);
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push(piece);
      continue;
    }
    const a: Attr = { content: [piece], source: q.speaker?.span ? [toInput(q.speaker.span)] : [], speakerName: q.speaker?.name ?? null };
    out.push(a);
    if (key) byCue.set(key, a);
  }
  return out;
}

/** The cleaner may normalise spaces (no-break, doubled, zero-width) inside a quote. */
const sameUpToSpaces = (a: string, b: string) => a.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, ' ') === b.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, ' ');

const lastWord = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).pop()?.toLowerCase() ?? '';

interface Tally {
  gold: number;
  predicted: number;
  exact: number;
  overlap: number;
  speakerTotal: number;
  speakerRight: number;
}
const tally = (): Tally => ({ gold: 0, predicted: 0, exact: 0, overlap: 0, speakerTotal: 0, speakerRight: 0 });

function score(t: Tally, text: string, tokens: Span[], pred: Attr[], gold: Attr[]): void {
  const ps = pred.map((a) => tokenSet(tokens, a.content)).filter((s) => s.size > 0);
  const predKept = pred.filter((a) => tokenSet(tokens, a.content).size > 0);
  const gs = gold.map((a) => tokenSet(tokens, a.content));
  const goldKept = gold.filter((_, j) => gs[j].size > 0);
  const m = match(ps, gs.filter((s) => s.size > 0));
  t.gold += goldKept.length;
  t.predicted += ps.length;
  t.exact += m.exact;
  t.overlap += m.overlap;
  for (const [i, j] of m.pairs) {
    const g = goldKept[j];
    if (!g.source.length) continue;
    t.speakerTotal++;
    const p = predKept[i];
    const goldSource = g.source.map((s) => text.slice(s.start, s.end)).join(' ');
    const sameName = !!p.speakerName && /^\p{Lu}/u.test(goldSource) && lastWord(goldSource) === lastWord(p.speakerName);
    if (overlaps(p.source, g.source) || sameName) t.speakerRight++;
  }
}

function report(t: Tally) {
  return {
    gold: t.gold,
    predicted: t.predicted,
    exact: prf(t.exact, t.predicted, t.gold),
    overlap: prf(t.overlap, t.predicted, t.gold),
    speaker: { accuracy: round(t.speakerTotal ? t.speakerRight / t.speakerTotal : 0), scored: t.speakerTotal },
  };
}

/** Articles of a PolNeAR folder: `{split, name, text path, ann path}` with one annotator each. */
function articlesOf(dir: string): { id: string; textPath: string; annPath: string }[] {
  const out: { id: string; textPath: string; annPath: string }[] = [];
  for (const split of ['dev', 'train']) {
    const annDir = join(dir, split, 'attributions');
    if (!existsSync(annDir)) continue;
    const byArticle = new Map<string, string[]>();
    for (const f of readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
      const base = f.replace(/_[0-9a-f]+\.ann$/, '');
      byArticle.set(base, [...(byArticle.get(base) ?? []), f]);
    }
    for (const [base, files] of [...byArticle].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const textPath = join(dir, split, 'text', `${base}.txt`);
      if (existsSync(textPath)) out.push({ id: `${split}/${base}`, textPath, annPath: join(annDir, files[0]) });
    }
  }
  return out;
}

export async function evaluate(dir: string, opts: { limit?: number } = {}): Promise<unknown> {
  const started = Date.now();
  let articles = articlesOf(dir);
  if (!articles.length) throw new Error(`no PolNeAR articles under ${dir} (expected <split>/text/*.txt and <split>/attributions/*.ann)`);
  if (opts.limit) articles = articles.slice(0, opts.limit);
  const all = tally();
  const direct = tally();
  const baseline = tally();
  // per split (dev, train): rules are read off errors of both, so a split is no held-out set,
  // but a change that helps one and hurts the other is overfitting
  const bySplit = new Map<string, { direct: Tally; all: Tally }>();
  let failed = 0;
  const offsets = { quotes: 0, exact: 0, sameUpToSpaces: 0 };
  for (const a of articles) {
    const content = readFileSync(a.textPath, 'utf8');
    const gold = parseAnn(readFileSync(a.annPath, 'utf8'), content);
    const doc: SourceDocument = { id: a.id, origin: a.textPath, kind: 'text', content, meta: {}, messages: [] };
    const extracted = extract(doc);
    const tokens = [...content.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    let pred: Attr[] = [];
    if (extracted.ok) {
      const map = extracted.value.sourceMap;
      const analyzed = analyze(extracted.value);
      pred = attributionsOf(analyzed.quotes, (s) => toSourceSpan(map, s.start, s.end));
      // what the CLI prints: the quote's text must be the input at its mapped offsets
      for (const q of analyzed.quotes) {
        const span = toSourceSpan(map, q.start, q.end);
        offsets.quotes++;
        const read = content.slice(span.start, span.end);
        if (read === q.text) offsets.exact++;
        if (sameUpToSpaces(read, q.text)) offsets.sameUpToSpaces++;
      }
    } else failed++;
    const isDirect = (x: Attr) => x.content.some((s) => QUOTE_MARK.test(content.slice(s.start, s.end)));
    score(all, content, tokens, pred, gold);
    score(direct, content, tokens, pred.filter(isDirect), gold.filter(isDirect));
    const split = a.id.slice(0, a.id.indexOf('/'));
    if (!bySplit.has(split)) bySplit.set(split, { direct: tally(), all: tally() });
    score(bySplit.get(split)!.all, content, tokens, pred, gold);
    score(bySplit.get(split)!.direct, content, tokens, pred.filter(isDirect), gold.filter(isDirect));
    const marks = findQuoted(content, paragraphSpans(content)).quoted.filter((q) => QUOTE_MARK.test(content.slice(q.start, q.end)));
    score(baseline, content, tokens, marks.map((q) => ({ content: [q], source: [] })), gold.filter(isDirect));
  }
  return {
    dataset: dir,
    articles: articles.length,
    notScored: failed,
    annotators: 'first annotator id in sorted order per article',
    direct: report(direct),
    all: report(all),
    splits: Object.fromEntries([...bySplit].map(([name, t]) => [name, { direct: report(t.direct).overlap.f1, all: report(t.all).overlap.f1 }])),
    anchors: ANCHORS,
    baselines: { 'every quotation-marked span (direct)': { overlap: report(baseline).overlap, exact: report(baseline).exact } },
    offsets: {
      ...offsets,
      share: round(offsets.quotes ? offsets.exact / offsets.quotes : 1),
      shareUpToSpaces: round(offsets.quotes ? offsets.sameUpToSpaces / offsets.quotes : 1),
    },
    seconds: round((Date.now() - started) / 1000),
  };
}
