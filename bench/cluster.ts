/**
 * Clustering benchmark: a generated stream of 10k, 30k and 100k articles, built from the shared
 * sets (../shared/eval/stories/allsides and ../shared/eval/clustering/ecbplus). Every gold story
 * is copied many times, each copy re-dated to a day of a two-year span, and each of its articles
 * rebuilt from the story's sentences recombined (a random subset in a random order), so that the
 * same kind of story recurs months apart and must be told apart by time. The articles are
 * analysed once (the real `analyze`), the generated ones reuse the analysis of their source
 * articles, and only `cluster()` is timed: the benchmark is about clustering.
 *
 *   node --import tsx bench/cluster.ts            # every size, each in its own process
 *   node --import tsx bench/cluster.ts 10000      # one size
 *
 * Prints, per size: wall and CPU seconds of cluster(), articles per second, peak RSS (process.resourceUsage().maxRSS),
 * stories found against generated stories, and B-cubed F1 against the generated labels.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed, readSet } from '../eval/clustering.js';
import { cluster } from '../src/cluster/index.js';
import type { AnalyzedArticle, Sentence } from '../src/core/types.js';

const SETS = ['../shared/eval/stories/allsides', '../shared/eval/clustering/ecbplus'];
const SIZES = [10_000, 30_000, 100_000];
/** articles per generated story, on average (AllSides has 3, ECB+ about 11) */
const PER_STORY = 5;
/** span of publication days the copies are spread over */
const DAYS = 730;

/** A small deterministic generator (mulberry32), so every run builds the same stream. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The base stories: gold groups of analysed articles. */
function baseStories(): AnalyzedArticle[][] {
  const stories: AnalyzedArticle[][] = [];
  for (const dir of SETS) {
    if (!existsSync(join(dir, 'articles.jsonl'))) throw new Error(`bench/cluster: ${dir} not found; run from the project root with ../shared beside it`);
    const { articles, gold } = readSet(dir);
    const byStory = new Map<string, AnalyzedArticle[]>();
    for (const a of articles) {
      const s = gold.get(a.article.id);
      if (s) (byStory.get(s) ?? byStory.set(s, []).get(s)!).push(a);
    }
    stories.push(...[...byStory.values()].filter((s) => s.length >= 2));
  }
  return stories;
}

/** A generated stream of `n` articles and its labels. */
function generate(n: number, bases: AnalyzedArticle[][]): { articles: AnalyzedArticle[]; labels: Map<string, string> } {
  const rnd = random(n);
  const articles: AnalyzedArticle[] = [];
  const labels = new Map<string, string>();
  const start = Date.UTC(2020, 0, 1);
  for (let story = 0; articles.length < n; story++) {
    const base = bases[Math.floor(rnd() * bases.length)];
    const day = new Date(start + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const sentences = base.flatMap((a) => a.sentences.map((s) => a.article.text.slice(s.start, s.end)));
    const size = Math.max(1, Math.round(PER_STORY * (0.4 + rnd() * 1.2)));
    for (let k = 0; k < size && articles.length < n; k++) {
      const source = base[Math.floor(rnd() * base.length)];
      const picked = sentences.filter(() => rnd() < 0.6).sort(() => rnd() - 0.5).slice(0, 12);
      if (picked.length === 0) picked.push(sentences[0]);
      const text = picked.join(' ');
      let offset = 0;
      const spans: Sentence[] = picked.map((s) => {
        const span = { start: offset, end: offset + s.length, paragraph: 0 };
        offset += s.length + 1;
        return span;
      });
      const id = `g${story}-${k}`;
      labels.set(id, `g${story}`);
      articles.push({
        ...source,
        article: { ...source.article, id, text, published: day, sourceMap: [] },
        sentences: spans,
        // entities and dates of the source article: ids and counts are what clustering reads
        entities: source.entities,
        dates: [],
      });
    }
  }
  // a stream arrives roughly in order, with stragglers: shuffle lightly
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.max(0, i - Math.floor(rnd() * 50));
    [articles[i], articles[j]] = [articles[j], articles[i]];
  }
  return { articles, labels };
}

function runOne(n: number): void {
  const bases = baseStories();
  const { articles, labels } = generate(n, bases);
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = cluster(articles, { now: '2030-01-01' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  // the machine is shared: CPU time says what clustering cost, wall time what it took
  const cpuSeconds = (used.user + used.system) / 1e6;
  const predicted = new Map<string, string>();
  for (const s of result.stories) {
    for (const a of s.articles) predicted.set(a.article.id, s.id);
    for (const id of s.offTopic) predicted.set(id, `off:${id}`);
  }
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      articles: n,
      seconds: Math.round(seconds * 100) / 100,
      cpuSeconds: Math.round(cpuSeconds * 100) / 100,
      articlesPerSecond: Math.round(n / seconds),
      articlesPerCpuSecond: Math.round(n / cpuSeconds),
      peakRssMiB: Math.round(maxRss / 2 ** 20),
      rssBeforeClusterMiB: Math.round(before / 2 ** 20),
      stories: { found: result.stories.length, generated: new Set(labels.values()).size },
      bcubedF1: bcubed(predicted, labels).f1,
    }),
  );
}

const arg = process.argv[2];
if (arg) runOne(Number(arg));
else {
  const rows: { articles: number; seconds: number; cpuSeconds: number }[] = [];
  for (const n of SIZES) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', import.meta.filename, String(n)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`bench/cluster: size ${n} failed (exit ${child.status})`);
    process.stdout.write(child.stdout);
    rows.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
  }
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const growth = `${last.articles / first.articles}x articles -> ${(last.seconds / first.seconds).toFixed(1)}x wall time, ${(last.cpuSeconds / first.cpuSeconds).toFixed(1)}x CPU time`;
  console.log(JSON.stringify({ growth }));
}
