/**
 * Scores the entity finder against hand-labelled entities (our own sample:
 * fixtures/analyze/entities-sample/entities.json; there is no named-entity gold set in
 * ../shared/eval). `triangulate eval entities <labels.json>`.
 *
 * The labels file: `{ root?, sets: { <set>: [ { file, entities: [ {name, type, aliases?} ] } ] } }`.
 * `file` is a `.txt` text or a `.json` article (its `text` is read), relative to `root`, itself
 * relative to the labels file's folder (default: that folder). Texts are read in place.
 *
 * Choices, written down:
 * - Entity level: one row per person, organisation or place an article names. A found entity
 *   matches a labelled one of the same type when its name or one of its variants equals the
 *   label's name or one of its aliases (case, diacritics and periods folded); each side matches
 *   at most once, so a person split in two costs precision, a wrong type costs both.
 * - The text goes to `findEntities` with our sentence splitter, as `analyze()` runs it.
 * - Baselines, in the same run on the same texts and tokens: `capitalisedRuns` (every
 *   capitalised run, sentence openers trimmed, typed by the tables, else a person) and
 *   `tablesOnly` (only the runs the tables know). They show what the rules add over the word
 *   tables and what plain capitalisation would give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { articleLexicon, capitalisedRuns, tableType, trimOpeners } from '../src/analyze/entities/detect.js';
import { findEntities } from '../src/analyze/entities/index.js';
import { fold } from '../src/analyze/entities/names.js';
import { tokenize } from '../src/analyze/entities/tokens.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { UsageError } from '../src/core/messages.js';
import type { Entity, EntityType } from '../src/core/types.js';

/** One labelled entity. */
export interface LabelledEntity {
  /** the name as labelled */
  name: string;
  /** its type */
  type: EntityType;
  /** other spellings the article uses */
  aliases?: string[];
}

/** One labelled article. */
export interface LabelledArticle {
  /** path of the text, relative to the labels' root */
  file: string;
  /** every person, organisation and place it names */
  entities: LabelledEntity[];
}

/** Counts of one comparison; sums over articles give the scores. */
export interface EntityCounts {
  /** found entities that match a label */
  matched: number;
  /** entities found */
  found: number;
  /** labelled entities */
  labelled: number;
  /** found entities with no label (`type:name`) */
  spurious: string[];
  /** labels nothing matched (`type:name`) */
  missed: string[];
}

/** Precision, recall and F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const TYPES: EntityType[] = ['person', 'organization', 'place'];

/**
 * Found against labelled, one-to-one, in the order found.
 *
 * @example
 * compareEntities([{ name: 'Sergey Lavrov', type: 'person', aliases: ['Lavrov'] }], [lavrov, alsoLavrov])
 * // -> { matched: 1, found: 2, labelled: 1, spurious: ['person:Lavrov'], missed: [] }
 */
export function compareEntities(labelled: LabelledEntity[], found: Pick<Entity, 'name' | 'type' | 'variants'>[], opts: { ignoreType?: boolean } = {}): EntityCounts {
  const used = new Set<number>();
  const spurious: string[] = [];
  let matched = 0;
  const keys = labelled.map((l) => new Set([l.name, ...(l.aliases ?? [])].map(fold)));
  for (const e of found) {
    const names = [e.name, ...e.variants].map(fold);
    const i = labelled.findIndex((l, k) => !used.has(k) && (opts.ignoreType || l.type === e.type) && names.some((n) => keys[k].has(n)));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else spurious.push(`${e.type}:${e.name}`);
  }
  const missed = labelled.filter((_, k) => !used.has(k)).map((l) => `${l.type}:${l.name}`);
  return { matched, found: found.length, labelled: labelled.length, spurious, missed };
}

/** Precision, recall and F1 of summed counts. */
export function prf(counts: EntityCounts[]): Prf {
  const matched = counts.reduce((n, c) => n + c.matched, 0);
  const found = counts.reduce((n, c) => n + c.found, 0);
  const labelled = counts.reduce((n, c) => n + c.labelled, 0);
  const precision = found ? matched / found : 0;
  const recall = labelled ? matched / labelled : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The labels file, checked: a missing or malformed one is misuse (`UsageError`), named with what was expected. */
export function readLabels(path: string): { root: string; sets: Record<string, LabelledArticle[]> } {
  if (!existsSync(path)) throw new UsageError(`${path} not found (expected a labels file such as fixtures/analyze/entities-sample/entities.json)`);
  let json: { root?: unknown; sets?: unknown };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path} is not JSON (${(e as Error).message})`);
  }
  if (!json || typeof json.sets !== 'object' || json.sets === null) throw new UsageError(`${path} has no "sets" object ({ sets: { <set>: [ { file, entities } ] } })`);
  const sets = json.sets as Record<string, LabelledArticle[]>;
  for (const [set, articles] of Object.entries(sets)) {
    if (!Array.isArray(articles)) throw new UsageError(`${path}: set "${set}" is not a list of articles`);
    for (const a of articles) {
      if (typeof a?.file !== 'string' || !Array.isArray(a.entities)) throw new UsageError(`${path}: set "${set}" has an article without "file" and "entities"`);
      const bad = a.entities.find((e) => typeof e?.name !== 'string' || !TYPES.includes(e.type));
      if (bad) throw new UsageError(`${path}: ${a.file}: entity ${JSON.stringify(bad)} needs a name and a type of ${TYPES.join('|')}`);
    }
  }
  const root = resolve(dirname(path), typeof json.root === 'string' ? json.root : '.');
  return { root, sets };
}

/** The text of a labelled article: a `.txt` as read, or the `text` of a `.json` article. */
export function readText(root: string, file: string): string {
  const path = join(root, file);
  if (!existsSync(path)) throw new UsageError(`${file} not found under ${root} (../shared/eval must sit beside the project)`);
  const raw = readFileSync(path, 'utf8');
  if (!file.endsWith('.json')) return raw;
  let text: unknown;
  try {
    text = (JSON.parse(raw) as { text?: unknown }).text;
  } catch (e) {
    throw new UsageError(`${file} is not a JSON article (${(e as Error).message})`);
  }
  if (typeof text !== 'string') throw new UsageError(`${file} has no "text"`);
  return text;
}

/** A baseline's entities: capitalised runs typed by the tables, else (unless `tablesOnly`) people; one entity per name. */
function baselineEntities(text: string, tablesOnly: boolean): Pick<Entity, 'name' | 'type' | 'variants'>[] {
  const tokens = tokenize(text, splitSentences(text));
  const lex = articleLexicon(tokens);
  const byKey = new Map<string, Pick<Entity, 'name' | 'type' | 'variants'>>();
  for (const run of capitalisedRuns(tokens)) {
    const name = trimOpeners(run, lex);
    if (!name.length) continue;
    const surface = text.slice(name[0].start, name[name.length - 1].end);
    const table = tableType(name.map((t) => t.lower).join(' '));
    if (!table && tablesOnly) continue;
    const type = table?.type ?? 'person';
    const key = `${type}:${fold(table?.canonical ?? surface)}`;
    const e = byKey.get(key);
    if (e) e.variants.push(surface);
    else byKey.set(key, { name: table?.canonical ?? surface, type, variants: [surface] });
  }
  return [...byKey.values()];
}

function rounded(s: Prf): Prf {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(s.precision), recall: r(s.recall), f1: r(s.f1) };
}

export async function evaluate(labelsPath: string, opts: { limit?: number } = {}): Promise<unknown> {
  const started = Date.now();
  const { root, sets } = readLabels(labelsPath);
  const report: Record<string, unknown> = {};
  for (const [set, all] of Object.entries(sets)) {
    const articles = opts.limit ? all.slice(0, opts.limit) : all;
    const typed: EntityCounts[] = [];
    const untyped: EntityCounts[] = [];
    const byType: Record<string, EntityCounts[]> = Object.fromEntries(TYPES.map((t) => [t, []]));
    const runs: EntityCounts[] = [];
    const tables: EntityCounts[] = [];
    const errors: { file: string; spurious: string[]; missed: string[] }[] = [];
    for (const a of articles) {
      const text = readText(root, a.file);
      const { entities } = findEntities(text, splitSentences(text));
      const c = compareEntities(a.entities, entities);
      typed.push(c);
      untyped.push(compareEntities(a.entities, entities, { ignoreType: true }));
      for (const type of TYPES) byType[type].push(compareEntities(a.entities.filter((e) => e.type === type), entities.filter((e) => e.type === type)));
      runs.push(compareEntities(a.entities, baselineEntities(text, false)));
      tables.push(compareEntities(a.entities, baselineEntities(text, true)));
      if (c.spurious.length || c.missed.length) errors.push({ file: a.file, spurious: c.spurious, missed: c.missed });
    }
    report[set] = {
      articles: articles.length,
      labelled: typed.reduce((n, c) => n + c.labelled, 0),
      found: typed.reduce((n, c) => n + c.found, 0),
      ...rounded(prf(typed)),
      anyType: rounded(prf(untyped)),
      byType: Object.fromEntries(TYPES.map((t) => [t, { labelled: byType[t].reduce((n, c) => n + c.labelled, 0), ...rounded(prf(byType[t])) }])),
      baselines: { capitalisedRuns: rounded(prf(runs)), tablesOnly: rounded(prf(tables)) },
      errors,
    };
  }
  return { labels: labelsPath, sets: report, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
