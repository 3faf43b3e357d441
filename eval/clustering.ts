/**
 * Scores the clustering stage on a public set (see ../shared/eval/README.md): a folder with
 * `articles.jsonl` (one article per line) and `gold.tsv` (`id<TAB>story`). Articles go through the
 * real pipeline pieces (documentFromRecord -> extract -> analyze -> cluster). Reports B-cubed
 * precision/recall/F1, pairwise precision/recall/F1 and the number of stories, next to a plain
 * TF-IDF average-linkage baseline with the best threshold for the set (an upper bound for that
 * baseline, since the threshold is chosen on the gold answers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { cluster } from '../src/cluster/index.js';
import { STOPWORDS } from '../src/cluster/stopwords.js';
import type { AnalyzedArticle } from '../src/core/types.js';
import { extract } from '../src/extract/index.js';
import { documentFromRecord } from '../src/ingest/json.js';

/** Precision, recall, F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 10000) / 10000;
const prf = (p: number, r: number): Prf => ({ precision: round(p), recall: round(r), f1: round(f1(p, r)) });

/**
 * B-cubed: for each item, the share of its predicted cluster that is in its gold cluster
 * (precision) and the share of its gold cluster in its predicted cluster (recall), averaged.
 * `predicted` and `gold` map item -> cluster label; only items of `gold` are scored.
 */
export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): Prf {
  const items = [...gold.keys()];
  const pair = (x: string) => `${predicted.get(x) ?? `solo:${x}`}\u0000${gold.get(x)}`;
  const predSize = countBy(items, (x) => predicted.get(x) ?? `solo:${x}`);
  const goldSize = countBy(items, (x) => gold.get(x)!);
  const both = countBy(items, pair);
  let p = 0;
  let r = 0;
  for (const x of items) {
    const common = both.get(pair(x))!;
    p += common / predSize.get(predicted.get(x) ?? `solo:${x}`)!;
    r += common / goldSize.get(gold.get(x)!)!;
  }
  return items.length === 0 ? prf(0, 0) : prf(p / items.length, r / items.length);
}

/** Pairwise: precision and recall of the pairs of items put together. */
export function pairwise(predicted: Map<string, string>, gold: Map<string, string>): Prf {
  const items = [...gold.keys()];
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const predPairs = pairs(countBy(items, (x) => predicted.get(x) ?? `solo:${x}`));
  const goldPairs = pairs(countBy(items, (x) => gold.get(x)!));
  const common = pairs(countBy(items, (x) => `${predicted.get(x) ?? `solo:${x}`}\u0000${gold.get(x)}`));
  return prf(predPairs ? common / predPairs : 1, goldPairs ? common / goldPairs : 1);
}

function countBy<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

/** Reads `articles.jsonl` through ingest's record reader, extraction and analysis. */
export function readSet(dir: string, limit?: number): { articles: AnalyzedArticle[]; gold: Map<string, string>; failed: number } {
  const gold = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'gold.tsv'), 'utf8').split('\n').slice(1)) {
    const [id, story] = line.split('\t');
    if (id && story) gold.set(id, story.trim());
  }
  const origin = join(dir, 'articles.jsonl');
  const lines = readFileSync(origin, 'utf8').split('\n').filter((l) => l.trim());
  const articles: AnalyzedArticle[] = [];
  let failed = 0;
  for (const [i, line] of lines.slice(0, limit ?? lines.length).entries()) {
    const doc = documentFromRecord(JSON.parse(line), origin, `${origin}:${i + 1}`);
    if (!('content' in doc)) {
      failed++;
      continue;
    }
    const result = extract(doc);
    if (result.ok) articles.push(analyze(result.value));
    else failed++;
  }
  const kept = new Set(lines.slice(0, limit ?? lines.length).map((l) => String(JSON.parse(l).id)));
  for (const id of [...gold.keys()]) if (!kept.has(id)) gold.delete(id);
  return { articles, gold, failed };
}

/** The baseline: TF-IDF (lower-case words, stop words out) and average linkage, every threshold. */
export function baseline(texts: string[]): { threshold: number; labels: number[] }[] {
  const n = texts.length;
  const docs = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!STOPWORDS.has(w) && w.length > 1) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vecs = docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of d) {
      const x = c * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      const [a, b] = vecs[i].size < vecs[j].size ? [vecs[i], vecs[j]] : [vecs[j], vecs[i]];
      for (const [w, x] of a) s += x * (b.get(w) ?? 0);
      sim[i * n + j] = sim[j * n + i] = s;
    }
  }
  // average linkage with the Lance-Williams update; merges come in decreasing similarity
  const size = new Array(n).fill(1);
  const alive = new Array(n).fill(true);
  const merges: [number, number, number][] = [];
  for (let step = 0; step < n - 1; step++) {
    let bi = -1;
    let bj = -1;
    let best = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) if (alive[j] && sim[i * n + j] > best) [best, bi, bj] = [sim[i * n + j], i, j];
    }
    if (bi < 0 || best <= 0) break;
    merges.push([bi, bj, best]);
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const s = (sim[bi * n + k] * size[bi] + sim[bj * n + k] * size[bj]) / (size[bi] + size[bj]);
      sim[bi * n + k] = sim[k * n + bi] = s;
    }
    size[bi] += size[bj];
    alive[bj] = false;
  }
  const out: { threshold: number; labels: number[] }[] = [];
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    for (const [i, j, s] of merges) if (s >= t) parent[find(j)] = find(i);
    out.push({ threshold: round(t), labels: Array.from({ length: n }, (_, i) => find(i)) });
  }
  return out;
}

export async function evaluate(dir: string, opts: { limit?: number } = {}): Promise<unknown> {
  const started = Date.now();
  const { articles, gold, failed } = readSet(dir, opts.limit);
  const analysed = Date.now();
  const result = cluster(articles, { now: '2100-01-01' });
  const clustered = Date.now();
  const predicted = new Map<string, string>();
  for (const story of result.stories) {
    for (const a of story.articles) predicted.set(a.article.id, story.id);
    // an off-topic article is a story of its own for scoring
    for (const id of story.offTopic) predicted.set(id, `off:${id}`);
  }
  const ids = articles.map((a) => a.article.id);
  const sweep = baseline(articles.map((a) => `${a.article.title ?? ''}\n${a.article.text}`)).map(({ threshold, labels }) => {
    const m = new Map(ids.map((id, i) => [id, String(labels[i])]));
    return { threshold, bcubed: bcubed(m, gold), pairwise: pairwise(m, gold), stories: new Set(labels).size };
  });
  const best = sweep.reduce((a, b) => (b.bcubed.f1 > a.bcubed.f1 ? b : a));
  return {
    dataset: dir,
    articles: articles.length,
    unreadable: failed,
    bcubed: bcubed(predicted, gold),
    pairwise: pairwise(predicted, gold),
    stories: { found: result.stories.length + result.stories.reduce((s, x) => s + x.offTopic.length, 0), gold: new Set(gold.values()).size },
    copies: result.stories.reduce((s, x) => s + x.copies.length, 0),
    baseline: { method: 'TF-IDF cosine, average linkage, best threshold on this set', ...best },
    seconds: { read: (analysed - started) / 1000, cluster: (clustered - analysed) / 1000 },
  };
}
