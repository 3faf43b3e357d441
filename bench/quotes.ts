/**
 * Benchmark of quote extraction: `node --import tsx bench/quotes.ts`
 *
 * Per-article CPU time of the part-of-speech tagging the quotes use (src/analyze/pos.ts), of
 * `findQuotes` (tagging included) and of the whole `analyze()`, over the PolNeAR dev + train
 * texts (the set the quotes are scored on); best of 3 passes after a warm-up; peak memory.
 * The machine is shared, so CPU time of the process is the figure for "one core".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { analyze } from '../src/analyze/index.js';
import { findEntities } from '../src/analyze/entities/index.js';
import { tagText } from '../src/analyze/pos.js';
import { findQuotes } from '../src/analyze/quotes/index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import type { Article } from '../src/core/types.js';

const POLNEAR = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'quotes', 'polnear');

function corpus(): Article[] {
  const out: Article[] = [];
  for (const split of ['dev', 'train']) {
    const dir = join(POLNEAR, split, 'text');
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      out.push({
        id: f, origin: f, text, sourceMap: [{ text: 0, source: 0, length: text.length }], extractedBy: 'text', publishedBy: null,
        messages: [], title: null, byline: null, published: null, language: 'en', url: null, outlet: null,
      });
    }
  }
  return out;
}

function cpuPerArticle<T>(items: T[], fn: (x: T) => unknown, rounds = 3): { cpu: number; wall: number } {
  for (const x of items.slice(0, 50)) fn(x);
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const x of items) fn(x);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000 / items.length);
    wall = Math.min(wall, (performance.now() - t0) / items.length);
  }
  return { cpu, wall };
}

const articles = corpus();
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(`articles: ${articles.length} (PolNeAR dev + train), average ${Math.round(chars / articles.length)} characters`);
const show = (label: string, t: { cpu: number; wall: number }) =>
  console.log(`${label}: ${t.cpu.toFixed(3)} ms CPU/article (${Math.round(1000 / t.cpu)} articles/s on one core); wall ${t.wall.toFixed(3)} ms/article`);
const prepared = articles.map((a) => {
  const sentences = splitSentences(a.text);
  return { text: a.text, sentences, entities: findEntities(a.text, sentences) };
});
show('tagText (wink-nlp POS)', cpuPerArticle(articles, (a) => tagText(a.text)));
show('findQuotes (tagging included)', cpuPerArticle(prepared, (p) => findQuotes(p.text, p.sentences, p.entities)));
show('analyze() whole', cpuPerArticle(articles, (a) => analyze(a)));
console.log(`peak memory (maxRSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
