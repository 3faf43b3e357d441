/**
 * Serving benchmark (issue #7 targets: story list and briefing page under 200 ms server time with
 * 10,000 stored articles; 200 requests/s on loopback with p99 under 100 ms).
 *
 *   node --import tsx bench/serve.ts [--articles 10000] [--rate 200] [--seconds 10] [--postgres URL] [--keep FILE]
 *   (--keep FILE: an SQLite file kept between runs; filled only when empty)
 *
 * 1. Reads the public AllSides and ECB+ articles in ../shared/eval (1,192 articles), extracts and
 *    analyses each once with the library, and stores copies under new ids up to --articles
 *    (copy k of gold story s is story (s, k)), in a temporary SQLite (or the given PostgreSQL).
 * 2. Server time: the app's in-process `request` for the story lists, briefing pages (first view,
 *    synthesised, and cached), article pages and search; p50 / p99 / max.
 * 3. Load: a server in a child process on 127.0.0.1, an open-loop client sending --rate
 *    requests/s for --seconds (mixed: lists, briefings, articles, search, API); achieved rate,
 *    p50 / p99, errors. Loopback only; the loop is bounded.
 * Peak memory: process.resourceUsage().maxRSS of both processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AnalyzedArticle, SourceDocument, Story } from '../src/core/types.js';
import { documentFromRecord } from '../src/ingest/json.js';
import { createApp, openedStore, startServer } from '../src/serve/index.js';
import { openStore } from '../src/store/index.js';
import { recordsOf, warmBriefings } from '../src/store/ingest.js';
import { storyKeys } from '../src/store/keys.js';
import type { Store } from '../src/store/types.js';

const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const SETS = [join(EVAL, 'stories', 'allsides'), join(EVAL, 'clustering', 'ecbplus')];

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    postgres: { type: 'string' },
    keep: { type: 'string' },
    'serve-child': { type: 'string' },
  },
});

if (values['serve-child']) {
  // the server process of the load test
  const store = await openStore(values['serve-child']);
  const running = await startServer({ store: openedStore(store), port: 0, host: '127.0.0.1' });
  process.stdout.write(`${running.url}\n`);
  // CPU used by the load phase only: the parent says when it starts
  process.on('SIGUSR2', () => {
    const cpu = process.cpuUsage();
    process.stdout.write(`cpu-start ${(cpu.user + cpu.system) / 1000}\n`);
  });
  process.once('SIGTERM', async () => {
    await running.close();
    const cpu = process.cpuUsage();
    process.stdout.write(`cpu ${(cpu.user + cpu.system) / 1000}\n`);
    process.stdout.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
    process.exit(0);
  });
} else {
  await main();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms, p99 ${percentile(s, 99).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
}

function readSet(dir: string): { documents: SourceDocument[]; gold: Map<string, string> } {
  const documents: SourceDocument[] = [];
  for (const line of readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = documentFromRecord(JSON.parse(line), dir, 'x');
    if ('content' in doc) documents.push(doc);
  }
  const gold = new Map(
    readFileSync(join(dir, 'gold.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t') as [string, string]),
  );
  return { documents, gold };
}

async function fill(store: Store, n: number): Promise<void> {
  let t = performance.now();
  const base: { analyzed: AnalyzedArticle; story: string }[] = [];
  for (const dir of SETS) {
    const { documents, gold } = readSet(dir);
    const { records } = recordsOf(documents);
    for (const r of records) base.push({ analyzed: r.analyzed, story: gold.get(r.analyzed.article.id) ?? r.analyzed.article.id });
  }
  console.log(`extract + analyze: ${base.length} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  let stored = 0;
  for (let copy = 0; stored < n; copy++) {
    const batch = base.slice(0, Math.min(base.length, n - stored)).map(({ analyzed, story }) => {
      const id = `${analyzed.article.id}~${copy}`;
      const a: AnalyzedArticle = { ...analyzed, article: { ...analyzed.article, id } };
      return { record: { analyzed: a, keys: storyKeys(a), source: null }, story: `${story}~${copy}` };
    });
    for (let i = 0; i < batch.length; i += 500) await store.putArticles(batch.slice(i, i + 500).map((b) => b.record));
    const storyOf = new Map(batch.map((b) => [b.record.analyzed.article.id, b.story]));
    // stories by gold label: the benchmark measures serving, not clustering
    const byGold = (articles: AnalyzedArticle[]): Story[] => {
      const groups = new Map<string, AnalyzedArticle[]>();
      for (const a of articles) {
        const s = storyOf.get(a.article.id) ?? a.article.id;
        groups.set(s, [...(groups.get(s) ?? []), a]);
      }
      return [...groups].map(([id, list]) => ({ id: `s-${id}`, title: list[0].article.title ?? id, articles: list, copies: [], offTopic: [] }));
    };
    await store.updateStories(batch.map((b) => b.record.analyzed.article.id), ({ articles }) => byGold(articles), { maxKeyArticles: 0 });
    stored += batch.length;
  }
  const seconds = (performance.now() - t) / 1000;
  console.log(`store: ${stored} articles, ${await store.countStories()} stories in ${seconds.toFixed(1)} s (${(stored / seconds).toFixed(0)} articles/s)`);
}

/** What `triangulate ingest` does after storing: synthesise the changed stories' briefings. */
async function warm(store: Store): Promise<void> {
  const t = performance.now();
  const ids: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listStories({ order: 'covered', limit: 100, offset });
    ids.push(...page.items.map((s) => s.id));
    if (page.items.length < 100) break;
  }
  await warmBriefings(store, ids);
  const seconds = (performance.now() - t) / 1000;
  console.log(`briefings synthesised at ingest: ${ids.length} in ${seconds.toFixed(1)} s (${((seconds * 1000) / ids.length).toFixed(0)} ms/story)`);
}

async function timed(app: ReturnType<typeof createApp>, path: string): Promise<number> {
  const t = performance.now();
  const res = await app.request(path);
  await res.arrayBuffer();
  const ms = performance.now() - t;
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  return ms;
}

async function serverTime(store: Store): Promise<string[]> {
  const app = createApp({ store: openedStore(store) });
  const rows: string[] = [];
  const measure = async (name: string, paths: string[]) => {
    const ms: number[] = [];
    for (const p of paths) ms.push(await timed(app, p));
    rows.push(`${name}: ${stats(ms)}`);
    console.log(rows[rows.length - 1]);
  };
  const repeat = (p: string, k: number) => Array.from({ length: k }, () => p);
  await measure('story list page, newest (/)', repeat('/?order=newest', 40));
  await measure('story list page, most covered', repeat('/?order=covered', 40));
  await measure('story list page 50 (offset 1000)', repeat('/?order=covered&offset=1000', 40));
  await measure('API story list', repeat('/api/stories?order=covered', 40));
  const top = (await store.listStories({ order: 'covered', limit: 40, offset: 0 })).items;
  console.log(`largest stories: ${top.slice(0, 3).map((s) => `${s.articles} articles`).join(', ')}`);
  await measure('briefing page, not cached (synthesised on the request)', top.slice(0, 10).map((s) => `/stories/${encodeURIComponent(s.id)}?words=120`));
  await measure('briefing page (cached at ingest)', top.map((s) => `/stories/${encodeURIComponent(s.id)}`));
  await measure('API briefing JSON (cached at ingest)', top.map((s) => `/api/stories/${encodeURIComponent(s.id)}`));
  const articles = (await store.getStory(top[0].id))!.articleIds;
  await measure('article page with a cited span', articles.map((id) => `/articles/${encodeURIComponent(id)}?start=0&end=40`));
  await measure('search page', ['election', 'vaccine', 'earthquake', 'supreme court', 'border wall', 'police', 'senate bill', 'climate'].flatMap((q) => repeat(`/search?q=${encodeURIComponent(q)}`, 5)));
  return rows;
}

async function load(db: string, paths: string[], rate: number, seconds: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve-child', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const base = (await lines.next()).value as string;
  if (!base?.startsWith('http://127.0.0.1:')) throw new Error(`the server did not start: ${base}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
      http
        .get(base + path, { agent }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`${path}: HTTP ${res.statusCode}`))));
        })
        .on('error', reject);
    });
  // warm up: every path once (briefings cached, as a running server's would be)
  for (const p of new Set(paths)) await get(p);
  child.kill('SIGUSR2');
  const cpuStart = Number(((await lines.next()).value as string).split(' ')[1]);
  const total = rate * seconds;
  const latencies: number[] = [];
  const byKind = new Map<string, number[]>();
  const kind = (p: string) => (p.startsWith('/api/') ? 'api ' : 'page ') + (p.split('/')[p.startsWith('/api/') ? 2 : 1].split('?')[0] || 'list');
  let errors = 0;
  const errorKinds = new Map<string, number>();
  /** send times (s) of requests slower than 100 ms: a burst means a stall, a spread means overload */
  const slow: number[] = [];
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    // open loop: request i is sent at started + i/rate, whether or not earlier ones answered
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const path = paths[i % paths.length];
    pending.push(
      get(path).then(
        (ms) => {
          latencies.push(ms);
          if (ms > 100) slow.push(Math.round((due - started) / 100) / 10);
          byKind.set(kind(path), [...(byKind.get(kind(path)) ?? []), ms]);
        },
        (error: Error) => {
          errors++;
          errorKinds.set(error.message, (errorKinds.get(error.message) ?? 0) + 1);
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  console.log(`load: ${total} requests in ${elapsed.toFixed(2)} s = ${(total / elapsed).toFixed(0)} req/s offered ${rate}; ${stats(latencies)}; errors ${errors}`);
  for (const [k, ms] of [...byKind].sort()) console.log(`  ${k}: ${stats(ms)}`);
  for (const [m, k] of errorKinds) console.log(`  error x${k}: ${m}`);
  const seconds_ = [...new Set(slow.map((t) => Math.floor(t)))];
  console.log(`  slower than 100 ms: ${slow.length} requests, sent in second(s) ${seconds_.join(', ') || '-'} of the run`);
  agent.destroy();
  child.kill('SIGTERM');
  for await (const line of lines) {
    if (line.startsWith('maxRSS')) console.log(`server peak memory: ${(Number(line.split(' ')[1]) / 1024).toFixed(0)} MB`);
    if (line.startsWith('cpu ')) {
      const ms = (Number(line.split(' ')[1]) - cpuStart) / total;
      console.log(`server CPU per request: ${ms.toFixed(2)} ms (one core serves about ${(1000 / ms).toFixed(0)} req/s of this mix); load average during the run ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    }
  }
}

async function main(): Promise<void> {
  const n = Number(values.articles);
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  const db = values.postgres ?? values.keep ?? join(dir, 'bench.db');
  try {
    const store = await openStore(db);
    if ((await store.countArticles()) === 0) {
      await fill(store, n);
      await warm(store);
    }
    console.log(`stored: ${await store.countArticles()} articles, ${await store.countStories()} stories`);
    await serverTime(store);
    const top = (await store.listStories({ order: 'covered', limit: 50, offset: 0 })).items;
    const some = (await store.getStory(top[0].id))!.articleIds.slice(0, 10);
    await store.close();
    // the mix: 4 list views, 3 briefings, 2 articles, 1 search in every 10 requests
    const mix: string[] = [];
    for (let i = 0; i < 50; i++) {
      mix.push(i % 2 ? '/?order=covered' : '/', '/api/stories', `/?order=newest&offset=${(i % 10) * 20}`, '/api/stories?order=covered&offset=20');
      mix.push(`/stories/${encodeURIComponent(top[i % top.length].id)}`, `/api/stories/${encodeURIComponent(top[(i + 7) % top.length].id)}`, `/stories/${encodeURIComponent(top[(i + 13) % top.length].id)}`);
      mix.push(`/articles/${encodeURIComponent(some[i % some.length])}?start=0&end=30`, `/api/articles/${encodeURIComponent(some[(i + 3) % some.length])}`);
      mix.push(`/search?q=${['election', 'vaccine', 'court', 'police', 'senate'][i % 5]}`);
    }
    await load(db, mix, Number(values.rate), Number(values.seconds));
    console.log(`bench peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
