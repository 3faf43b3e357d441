/**
 * Benchmarks of the analyze stage.
 *
 *   node --import tsx bench/analyze.ts              whole `analyze()` per article (sentences,
 *                                                   entities, dates, quotes): ms/article,
 *                                                   articles/s, peak memory; plus each part
 *   node --import tsx bench/analyze.ts --entities [set...]
 *                                                   entity precision/recall on the hand-labelled
 *                                                   sample (fixtures/analyze/entities-sample), every
 *                                                   error listed; only the named sets when given
 *                                                   (`triangulate eval entities` scores the same)
 *   node --import tsx bench/analyze.ts --sentences  sentence splitters against the hand-adjudicated
 *                                                   boundaries of fixtures/analyze/entities-sample:
 *                                                   ours, wink-nlp, and sbd when it can be loaded
 *                                                   (not a dependency: `npm install --prefix /tmp/sbd sbd`
 *                                                   and run with NODE_PATH=/tmp/sbd/node_modules)
 *
 * Articles: the AllSides articles and the PolNeAR dev + train texts in ../shared/eval.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import os from 'node:os';
import { compareEntities, prf, readLabels, readText, type EntityCounts } from '../eval/entities.js';
import { analyze } from '../src/analyze/index.js';
import { findEntities } from '../src/analyze/entities/index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import type { Article } from '../src/core/types.js';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');

function article(id: string, text: string, published: string | null): Article {
  return {
    id, origin: id, text, sourceMap: [{ text: 0, source: 0, length: text.length }], extractedBy: 'text', publishedBy: published ? 'container' : null,
    messages: [], title: null, byline: null, published, language: 'en', url: null, outlet: null,
  };
}

function corpus(): Article[] {
  const out: Article[] = [];
  const stories = join(EVAL, 'stories', 'allsides', 'stories');
  for (const id of readdirSync(stories).sort()) {
    for (const f of readdirSync(join(stories, id)).sort()) {
      const a = JSON.parse(readFileSync(join(stories, id, f), 'utf8')) as { id: string; text: string; published?: string };
      out.push(article(a.id, a.text, a.published?.slice(0, 10) ?? null));
    }
  }
  for (const split of ['dev', 'train']) {
    const dir = join(EVAL, 'quotes', 'polnear', split, 'text');
    for (const f of readdirSync(dir).sort()) {
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
      out.push(article(f, readFileSync(join(dir, f), 'utf8'), date));
    }
  }
  return out;
}

/**
 * Per-article cost of `fn`, best of `rounds` passes: wall-clock and CPU time (user + system)
 * of this process. The machine is shared, so CPU time is the figure that means "one core".
 */
function timeIt(articles: Article[], fn: (a: Article) => unknown, rounds = 3): { wall: number; cpu: number } {
  for (const a of articles.slice(0, 50)) fn(a); // warm-up
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of articles) fn(a);
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, (performance.now() - t0) / articles.length);
    cpu = Math.min(cpu, (c.user + c.system) / 1000 / articles.length);
  }
  return { wall, cpu };
}

function throughput(): void {
  const articles = corpus();
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  console.log(`articles: ${articles.length} (AllSides + PolNeAR dev/train), average ${Math.round(chars / articles.length)} characters`);
  const show = (label: string, t: { wall: number; cpu: number }) =>
    console.log(`${label}: ${t.cpu.toFixed(3)} ms CPU/article (${Math.round(1000 / t.cpu)} articles/s on one core); wall ${t.wall.toFixed(3)} ms/article`);
  show('analyze()', timeIt(articles, (a) => analyze(a)));
  show('  splitSentences', timeIt(articles, (a) => splitSentences(a.text)));
  const split = new Map(articles.map((a) => [a, splitSentences(a.text)]));
  show('  findEntities', timeIt(articles, (a) => findEntities(a.text, split.get(a) ?? [])));
  console.log(`peak memory (maxRSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
}

interface GoldFile {
  file: string;
  ends: number[];
}

/** End offsets of sentences found by a splitter that returns strings, mapped back into the text. */
function endsOf(text: string, from: number, sentences: string[]): number[] {
  const ends: number[] = [];
  let at = from;
  for (const s of sentences) {
    const t = s.trim();
    if (!t) continue;
    const i = text.indexOf(t.slice(0, 20), at);
    if (i < 0) continue;
    const tail = t.slice(-12);
    const j = text.indexOf(tail, i + Math.max(0, t.length - 40));
    at = j < 0 ? i + t.length : j + tail.length;
    ends.push(at);
  }
  return ends;
}

/** Paragraph spans (split at blank lines), each splitter gets paragraphs, as ours does. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** Ends inside a paragraph (not followed by a blank line or the end of the text). */
function internal(text: string, ends: number[]): number[] {
  return ends.filter((e) => !/^\s*$/.test(text.slice(e)) && !/^[ \t\r]*\n[ \t\r]*\n/.test(text.slice(e)));
}

async function sentenceComparison(): Promise<void> {
  const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'analyze', 'entities-sample', 'sentences.json'), 'utf8')) as { sets: Record<string, GoldFile[]> };
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const require = createRequire(join(ROOT, 'package.json'));
  let sbd: { sentences: (t: string, o: object) => string[] } | null = null;
  try {
    sbd = require('sbd');
  } catch {
    console.log('sbd is not installed (npm install --prefix /tmp/sbd sbd, then NODE_PATH=/tmp/sbd/node_modules, to compare it)');
  }
  const splitters: Record<string, (text: string) => number[]> = {
    ours: (text) => splitSentences(text).map((s) => s.end),
    'wink-nlp': (text) => paragraphs(text).flatMap(([a, b]) => endsOf(text, a, nlp.readDoc(text.slice(a, b)).sentences().out())),
  };
  if (sbd) {
    const s = sbd;
    splitters.sbd = (text) => paragraphs(text).flatMap(([a, b]) => endsOf(text, a, s.sentences(text.slice(a, b), { newline_boundaries: true })));
  }
  for (const [set, files] of Object.entries(gold.sets)) {
    const boundaries = files.reduce((n, f) => n + f.ends.length, 0);
    console.log(`${set}: ${files.length} texts, ${boundaries} boundaries inside paragraphs`);
    for (const [name, split] of Object.entries(splitters)) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const t0 = performance.now();
      for (const f of files) {
        const path = join(ROOT, f.file);
        if (!existsSync(path)) throw new Error(`bench: ${f.file} not found; ../shared/eval must sit beside the project`);
        const text = f.file.endsWith('.json') ? (JSON.parse(readFileSync(path, 'utf8')) as { text: string }).text : readFileSync(path, 'utf8');
        const found = new Set(internal(text, split(text)));
        const truth = new Set(f.ends);
        for (const e of found) if (truth.has(e)) tp++; else fp++;
        for (const e of truth) if (!found.has(e)) fn++;
      }
      const p = tp / (tp + fp || 1);
      const r = tp / (tp + fn || 1);
      const f1 = (2 * p * r) / (p + r || 1);
      console.log(`  ${name.padEnd(9)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (${tp} right, ${fp} wrong, ${fn} missed; ${(performance.now() - t0).toFixed(0)} ms)`);
    }
  }
}

/** Entity P/R/F1 on the hand-labelled sample, per set and type, with every error listed. */
function entityScores(): void {
  const gold = readLabels(join(ROOT, 'fixtures', 'analyze', 'entities-sample', 'entities.json'));
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const [set, articles] of Object.entries(gold.sets)) {
    if (only.length && !only.includes(set)) continue;
    const typed: EntityCounts[] = [];
    const untyped: EntityCounts[] = [];
    const byType: Record<string, EntityCounts[]> = { person: [], organization: [], place: [] };
    for (const a of articles) {
      const text = readText(gold.root, a.file);
      const { entities } = findEntities(text, splitSentences(text));
      const c = compareEntities(a.entities, entities);
      typed.push(c);
      untyped.push(compareEntities(a.entities, entities, { ignoreType: true }));
      for (const type of Object.keys(byType)) byType[type].push(compareEntities(a.entities.filter((e) => e.type === type), entities.filter((e) => e.type === type)));
      if (c.spurious.length || c.missed.length) console.log(`${a.file}\n  spurious: ${c.spurious.join(', ') || '-'}\n  missed:   ${c.missed.join(', ') || '-'}`);
    }
    const show = (label: string, counts: EntityCounts[]) => {
      const s = prf(counts);
      const n = counts.reduce((k, c) => k + c.labelled, 0);
      console.log(`  ${label.padEnd(22)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${n} labelled)`);
    };
    console.log(`${set}: ${articles.length} articles`);
    show('all (type must match)', typed);
    show('all (any type)', untyped);
    for (const [type, counts] of Object.entries(byType)) show(type, counts);
  }
}

if (process.argv.includes('--sentences')) await sentenceComparison();
else if (process.argv.includes('--entities')) entityScores();
else throughput();
