/**
 * Scores the summary on a multi-document set laid out as `<dir>/stories/<id>/*` (the articles of
 * one story, any input format) and `<dir>/refs/<id>.txt` (human reference summaries; several
 * references may be given as `<id>.txt`, `<id>.1.txt`, ...). For the public AllSides set see
 * `../shared/eval/README.md`.
 *
 * Each story runs through the pipeline as `brief --single-story --words N` would; its summary is
 * scored with ROUGE-1/2/L (Porter stemming with ROUGE's WordNet exceptions, `-l N`), next to two
 * baselines computed in the same run on the same analysed articles:
 *   - Lead: the first sentence of each article in turn, then the second, ... (news puts the main
 *     facts first), truncated at N words;
 *   - Centroid: the sentences closest to the story's tf-idf centroid, skipping near-repeats
 *     (Radev et al. 2004, without position features), truncated at N words;
 * and both again held to whole sentences within N words (`leadWhole`, `centroidWhole`), close to
 * the constraint the system's summary obeys (it never cuts a sentence mid-clause: a line is a
 * whole sentence or one ended at a clause boundary).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Story } from '../src/core/types.js';
import { clusterInputs } from '../src/pipeline.js';
import { synthesize } from '../src/synthesize/index.js';
import { centroid, cosine, indexStory } from '../src/synthesize/units.js';
import { averageScores, loadExceptions, rouge, type RougeScores } from './rouge.js';

export interface SummarizationOptions {
  /** score only the first N stories (sorted by id) */
  limit?: number;
  /** summary length in words (default 75) */
  words?: number;
}

const EXCEPTIONS_FILE = join('rouge', 'wordnet2.0_exceptions_rouge.tsv');

/** ROUGE's WordNet exception list, looked for beside the dataset (`<eval>/rouge/...`). */
function findExceptions(dir: string): string | null {
  let at = resolve(dir);
  for (let i = 0; i < 4; i++) {
    const candidate = join(at, EXCEPTIONS_FILE);
    if (existsSync(candidate)) return candidate;
    at = dirname(at);
  }
  return null;
}

/**
 * Lead baseline: first sentences of the articles in turn. `whole` keeps whole sentences within
 * the budget (as our summary must); otherwise it runs past the budget and ROUGE's `-l` cuts it,
 * the classic DUC baseline.
 */
export function leadSummary(story: Story, words: number, whole = false): string {
  const out: string[] = [];
  let used = 0;
  for (let round = 0; used < words; round++) {
    let any = false;
    for (const a of story.articles) {
      const s = a.sentences[round];
      if (!s) continue;
      any = true;
      const text = a.article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      const n = text.split(/\s+/).length;
      if (whole && used + n > words) continue;
      out.push(text);
      used += n;
      if (used >= words) break;
    }
    if (!any) break;
  }
  return out.join(' ');
}

/** Centroid baseline: sentences closest to the story centroid, near-repeats skipped; `whole` as for Lead. */
export function centroidSummary(story: Story, words: number, whole = false): string {
  const index = indexStory(story);
  const units = index.units.filter((u) => u.stems.length > 0);
  const c = centroid(units.map((u) => u.vector));
  const ranked = [...units].sort((x, y) => cosine(y.vector, c) - cosine(x.vector, c) || x.id - y.id);
  const chosen: typeof units = [];
  let used = 0;
  for (const u of ranked) {
    if (used >= words) break;
    if (chosen.some((v) => cosine(u.vector, v.vector) > 0.6)) continue;
    if (whole && used + u.words > words) continue;
    chosen.push(u);
    used += u.words;
  }
  return chosen.map((u) => u.text).join(' ');
}

function referencesOf(dir: string, id: string): string[] {
  const refs = join(dir, 'refs');
  return readdirSync(refs)
    .filter((f) => f === `${id}.txt` || (f.startsWith(`${id}.`) && f.endsWith('.txt')))
    .sort()
    .map((f) => readFileSync(join(refs, f), 'utf8'));
}

export async function evaluate(dir: string, opts: SummarizationOptions = {}): Promise<unknown> {
  const words = opts.words ?? 75;
  const storiesDir = join(dir, 'stories');
  if (!existsSync(storiesDir)) throw new Error(`${dir}: expected a folder stories/<id>/ with the articles of each story`);
  const exceptionsPath = findExceptions(dir);
  const exceptions = exceptionsPath ? loadExceptions(exceptionsPath) : new Map<string, string>();
  const ids = readdirSync(storiesDir)
    .filter((id) => statSync(join(storiesDir, id)).isDirectory())
    .sort()
    .slice(0, opts.limit ?? Infinity);
  const started = Date.now();
  const system: RougeScores[] = [];
  const lead: RougeScores[] = [];
  const central: RougeScores[] = [];
  const leadWhole: RougeScores[] = [];
  const centralWhole: RougeScores[] = [];
  const skipped: string[] = [];
  let summaryWords = 0;
  for (const id of ids) {
    const refs = referencesOf(dir, id);
    const { stories } = await clusterInputs([join(storiesDir, id)], { singleStory: true });
    if (!refs.length || !stories.length) {
      skipped.push(id);
      continue;
    }
    const story = stories[0];
    const briefing = synthesize(story, { words });
    const summary = briefing.summary.map((s) => s.text).join(' ');
    summaryWords += summary.split(/\s+/).filter(Boolean).length;
    const score = (text: string) => rouge(text, refs, { words, exceptions });
    system.push(score(summary));
    lead.push(score(leadSummary(story, words)));
    central.push(score(centroidSummary(story, words)));
    leadWhole.push(score(leadSummary(story, words, true)));
    centralWhole.push(score(centroidSummary(story, words, true)));
  }
  const round = (s: RougeScores) =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { r: +(100 * v.r).toFixed(2), p: +(100 * v.p).toFixed(2), f: +(100 * v.f).toFixed(2) }]));
  return {
    dataset: dir,
    stories: system.length,
    skipped,
    words,
    stemming: exceptionsPath ? 'porter + wordnet exceptions' : 'porter (exception list not found)',
    meanSummaryWords: +(summaryWords / (system.length || 1)).toFixed(1),
    system: round(averageScores(system)),
    lead: round(averageScores(lead)),
    centroid: round(averageScores(central)),
    /** the baselines held to whole sentences within the budget, as the system is */
    leadWhole: round(averageScores(leadWhole)),
    centroidWhole: round(averageScores(centralWhole)),
    seconds: +((Date.now() - started) / 1000).toFixed(1),
  };
}
