/**
 * Scores the summary on a multi-document set: one folder of articles per story (any input format,
 * SGML `<DOC>` files included) and one or more human reference summaries per story. Layouts:
 *   - stories in `<dir>/stories/<id>/` (or `docs/`, `documents/`, `topics/`: DUC's `docs/d30001t/`),
 *     or as one file per story, `<dir>/stories/<id>.<ext>` (an SGML file of `<DOC>` records);
 *   - references in `<dir>/refs/` (or `references/`, `models/`, `summaries/`) as `<id>.txt`,
 *     `<id>.<n>.txt`, `<id>.<anything>` (DUC's `D30001.M.100.T.A`) or a folder `<id>/` of files;
 *     a story takes the references of its id compared without case, else of its id without a
 *     trailing letter (`d30001t` -> `D30001`) when that is unambiguous (see `matchReferences`);
 *     references written as markup (ROUGE's SEE/HTML files, DUC 2001-2002 `<SUM>`) are read as
 *     their text (`referenceText`).
 * With several references, ROUGE pools them as ROUGE-1.5.5 `-f A` does (eval/rouge.ts). For the
 * public AllSides set see `../shared/eval/README.md`.
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
 * whole sentence or one ended at a clause boundary). `perStory` lists each story's scores.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Story } from '../src/core/types.js';
import { UsageError } from '../src/core/messages.js';
import { decodeEntities } from '../src/ingest/sgml.js';
import { clusterInputs } from '../src/pipeline.js';
import { synthesize } from '../src/synthesize/index.js';
import { centroid, cosine, indexStory } from '../src/synthesize/units.js';
import { averageScores, loadExceptions, rouge, type RougeScores } from './rouge.js';

export interface SummarizationOptions {
  /** score only the first N stories (sorted by id) */
  limit?: number;
  /** summary length in words (default: the length the reference file names give, else 75) */
  words?: number;
}

const EXCEPTIONS_FILE = join('rouge', 'wordnet2.0_exceptions_rouge.tsv');

/**
 * ROUGE's WordNet exception list, looked for beside the dataset (`<eval>/rouge/...`, as in
 * `../shared/eval`), else in the shared eval folder beside the project (a set kept elsewhere,
 * such as a DUC set or a fixture, is then stemmed as ROUGE-1.5.5 does all the same).
 */
function findExceptions(dir: string): string | null {
  const beside = (from: string, under: string) => {
    let at = resolve(from);
    for (let i = 0; i < 5; i++) {
      const candidate = join(at, under, EXCEPTIONS_FILE);
      if (existsSync(candidate)) return candidate;
      at = dirname(at);
    }
    return null;
  };
  return beside(dir, '') ?? beside(import.meta.dirname, join('shared', 'eval'));
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

/**
 * Folder names of a set, in the order they are tried: our own layout first, then the names DUC
 * and other classic sets use (`docs/` for the document sets, `models/` for the human summaries).
 */
const STORY_FOLDERS = ['stories', 'docs', 'documents', 'topics'];
const REFERENCE_FOLDERS = ['refs', 'references', 'models', 'summaries'];

/** Files that are never references (dotfiles, notes). */
const NOT_A_REFERENCE = /^(\.|readme|license|licence)/i;

/** A reference: where it is and the story id it names. */
interface Reference {
  /** the id the file or folder names: `D30001` for `D30001.M.100.T.A`, `5608` for `5608.1.txt` */
  id: string;
  /** the reference files (one, or every file of a folder `refs/<id>/`) */
  paths: string[];
}

/**
 * The references of a set, by the id they name. Three layouts, mixed freely:
 *   - `refs/<id>.txt`, `refs/<id>.<n>.txt`: one file per reference (the AllSides set);
 *   - `refs/<id>.<anything>`, with or without `.txt`: DUC's `D30001.M.100.T.A` (id `D30001`);
 *   - `refs/<id>/*`: a folder of references, any file names.
 * The id of a file is its name up to the first dot.
 */
export function listReferences(refsDir: string): Map<string, Reference> {
  const found = new Map<string, Reference>();
  const add = (id: string, paths: string[]) => {
    const key = id.toLowerCase();
    const ref = found.get(key) ?? { id, paths: [] };
    ref.paths.push(...paths);
    found.set(key, ref);
  };
  for (const name of readdirSync(refsDir).sort()) {
    if (NOT_A_REFERENCE.test(name)) continue;
    const path = join(refsDir, name);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).filter((f) => !NOT_A_REFERENCE.test(f) && statSync(join(path, f)).isFile()).sort();
      add(name, files.map((f) => join(path, f)));
    } else {
      add(name.split('.')[0], [path]);
    }
  }
  for (const ref of found.values()) ref.paths.sort();
  return found;
}

/**
 * Which references belong to which story. A story takes the references of its own id, compared
 * without regard to case (`D30001` for a story folder `d30001`); failing that, those of its id
 * without a trailing letter (DUC names a document set `d30001t` and its summaries `D30001.*`,
 * DUC 2005-2007 `d301i` / `D0601A` and `D301.*` / `D0601.*`), but only when no other story claims
 * the same references. Stories without references are returned apart, with the reason.
 */
export function matchReferences(storyIds: string[], refs: Map<string, Reference>): { matched: Map<string, Reference>; unmatched: { id: string; reason: string }[] } {
  const matched = new Map<string, Reference>();
  const unmatched: { id: string; reason: string }[] = [];
  const exact = new Set(storyIds.filter((id) => refs.has(id.toLowerCase())).map((id) => id.toLowerCase()));
  const claims = new Map<string, string[]>();
  for (const id of storyIds) {
    const key = id.toLowerCase();
    if (refs.has(key)) continue;
    const stem = /^(.*\d)[a-z]$/i.exec(id)?.[1]?.toLowerCase();
    if (stem && refs.has(stem) && !exact.has(stem)) claims.set(stem, [...(claims.get(stem) ?? []), id]);
  }
  for (const id of storyIds) {
    const key = id.toLowerCase();
    if (refs.has(key)) {
      matched.set(id, refs.get(key)!);
      continue;
    }
    const stem = /^(.*\d)[a-z]$/i.exec(id)?.[1]?.toLowerCase();
    const claimants = stem ? claims.get(stem) : undefined;
    if (stem && claimants?.length === 1) matched.set(id, refs.get(stem)!);
    else if (stem && refs.has(stem)) unmatched.push({ id, reason: `references ${refs.get(stem)!.id} also match ${exact.has(stem) ? 'a story of that very id' : claimants!.filter((c) => c !== id).join(', ')}; ambiguous` });
    else unmatched.push({ id, reason: 'no reference summary' });
  }
  return { matched, unmatched };
}

/**
 * The words of a reference summary. Plain text as it is; markup, as some sets write their
 * references, reduced to its text so that ROUGE does not count tag names: ROUGE's own SEE/HTML
 * format (`<a name="1">[1]</a> <a href="#1" id=1>sentence</a>`, sentence numbers dropped) and
 * DUC 2001-2002's `<SUM DOCSET="d061" SIZE="100" ...>` elements; entities decoded.
 * @example referenceText('<html><body><a name="1">[1]</a> <a href="#1" id=1>Floods hit.</a></body></html>') === 'Floods hit.'
 */
export function referenceText(raw: string): string {
  if (!/<\/?[A-Za-z][^>]*>/.test(raw)) return raw;
  const text = raw
    .replace(/<head[\s>][\s\S]*?<\/head\s*>/gi, ' ')
    .replace(/<a\s+name\s*=\s*"?\d+"?\s*>\s*\[\d+\]\s*<\/a>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** The first of the folder names that exists in the set. */
function folderOf(dir: string, names: string[]): string | null {
  for (const name of names) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).isDirectory()) return path;
  }
  return null;
}

const pct = (x: number) => +(100 * x).toFixed(2);

/**
 * The summary length the references name, when every reference file names the same one: DUC
 * writes it in the file name (`D30001.M.100.T.A`: a 100-word model summary). Null otherwise.
 */
export function namedLength(refs: Iterable<Reference>): number | null {
  const lengths = new Set<number>();
  for (const ref of refs) {
    for (const path of ref.paths) {
      const m = /\.M\.(\d{2,4})\./i.exec(basename(path));
      if (!m) return null;
      lengths.add(Number(m[1]));
    }
  }
  return lengths.size === 1 ? [...lengths][0] : null;
}

/** Summary length when neither the option nor the references name one (the AllSides set's). */
const DEFAULT_WORDS = 75;

export async function evaluate(dir: string, opts: SummarizationOptions = {}): Promise<unknown> {
  // a set that is not laid out as expected is misuse: said at once, with what was expected
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such dataset folder`);
  const storiesDir = folderOf(dir, STORY_FOLDERS);
  if (!storiesDir) throw new UsageError(`${dir}: expected a folder ${STORY_FOLDERS.join('/ or ')}/ holding one folder (or file) of articles per story`);
  const refsDir = folderOf(dir, REFERENCE_FOLDERS);
  if (!refsDir) throw new UsageError(`${dir}: expected a folder ${REFERENCE_FOLDERS.join('/ or ')}/ holding the reference summaries`);
  const exceptionsPath = findExceptions(dir);
  const exceptions = exceptionsPath ? loadExceptions(exceptionsPath) : new Map<string, string>();
  // a story is a folder of articles, or one file holding them all (an SGML file of <DOC> records,
  // a JSONL file), named by the story id up to its first dot
  const storyPaths = new Map<string, string>();
  for (const name of readdirSync(storiesDir).sort()) {
    if (NOT_A_REFERENCE.test(name)) continue;
    const id = statSync(join(storiesDir, name)).isDirectory() ? name : name.split('.')[0];
    if (!storyPaths.has(id)) storyPaths.set(id, join(storiesDir, name));
  }
  const ids = [...storyPaths.keys()].sort().slice(0, opts.limit ?? Infinity);
  const { matched, unmatched } = matchReferences(ids, listReferences(refsDir));
  // `--words` first; else the length the references are written to (DUC's model summaries of
  // 100 words are scored at 100, as DUC scored them); else 75
  const named = namedLength(matched.values());
  const words = opts.words ?? named ?? DEFAULT_WORDS;
  const wordsFrom = opts.words ? 'option' : named ? 'reference file names' : 'default';
  const started = Date.now();
  const system: RougeScores[] = [];
  const lead: RougeScores[] = [];
  const central: RougeScores[] = [];
  const leadWhole: RougeScores[] = [];
  const centralWhole: RougeScores[] = [];
  const skipped: string[] = unmatched.map((u) => u.id);
  const perStory: { id: string; references: number; articles: number; words: number; rouge1: number; rouge2: number; rougeL: number }[] = [];
  let summaryWords = 0;
  for (const id of ids) {
    const reference = matched.get(id);
    if (!reference) continue;
    const refs = reference.paths.map((p) => referenceText(readFileSync(p, 'utf8')));
    const { stories } = await clusterInputs([storyPaths.get(id)!], { singleStory: true });
    if (!refs.length || !stories.length) {
      skipped.push(id);
      unmatched.push({ id, reason: refs.length ? 'no article could be read' : 'the reference folder is empty' });
      continue;
    }
    const story = stories[0];
    const briefing = synthesize(story, { words });
    const summary = briefing.summary.map((s) => s.text).join(' ');
    const n = summary.split(/\s+/).filter(Boolean).length;
    summaryWords += n;
    const score = (text: string) => rouge(text, refs, { words, exceptions });
    const scored = score(summary);
    system.push(scored);
    perStory.push({ id, references: refs.length, articles: story.articles.length, words: n, rouge1: pct(scored.rouge1.r), rouge2: pct(scored.rouge2.r), rougeL: pct(scored.rougeL.f) });
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
    wordsFrom,
    stemming: exceptionsPath ? 'porter + wordnet exceptions' : 'porter (exception list not found)',
    meanSummaryWords: +(summaryWords / (system.length || 1)).toFixed(1),
    system: round(averageScores(system)),
    lead: round(averageScores(lead)),
    centroid: round(averageScores(central)),
    /** the baselines held to whole sentences within the budget, as the system is */
    leadWhole: round(averageScores(leadWhole)),
    centroidWhole: round(averageScores(centralWhole)),
    /** stories without references, and why */
    unmatched,
    /** each story's system ROUGE-1 R, ROUGE-2 R and ROUGE-L F, with its number of references */
    perStory,
    seconds: +((Date.now() - started) / 1000).toFixed(1),
  };
}
