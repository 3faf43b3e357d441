/**
 * Facts: the sentences of different articles that state the same thing, grouped. Two sentences
 * state the same fact when their content words overlap strongly (tf-idf cosine), or overlap
 * moderately and share an anchor: an entity plus a number or a date. Grouping is greedy
 * single-link over the most similar pairs first, with at most one sentence per article in a fact
 * (an article restating itself is not corroboration).
 */
import { THRESHOLDS } from './heuristics.js';
import { compatible } from './text.js';
import { centroid, cosine, type StoryIndex, type Unit, type Vector } from './units.js';

/** A fact of the story: the units that state it. */
export interface Fact {
  /** index in the list of facts */
  index: number;
  /** the sentences that state it, the representative first */
  units: Unit[];
  /** the sentence that states it best (most similar to the others, earliest on ties) */
  representative: Unit;
  /** independent sources (copy groups) that state it */
  sources: string[];
  /** importance in the story, 0..1 (support, centrality, position in articles) */
  importance: number;
}

type Pair = { a: Unit; b: Unit; sim: number };
/** Pairs already computed for a story, with the lowest similarity they go down to. */
const PAIRS = new WeakMap<StoryIndex, { min: number; pairs: Pair[] }>();

/** Similar pairs of units of different articles, most similar first (computed once per story). */
export function similarPairs(index: StoryIndex, min: number): Pair[] {
  const known = PAIRS.get(index);
  if (known && known.min <= min) return known.min === min ? known.pairs : known.pairs.filter((p) => p.sim >= min);
  const pairs = computePairs(index, min);
  PAIRS.set(index, { min, pairs });
  return pairs;
}

/**
 * Dot products through postings grouped by article, so that a unit never walks the postings of
 * its own article: one very long article (18,000 sentences of a 2 MB page) costs nothing here
 * instead of n² (test/e2e/robust-content.test.ts).
 */
function computePairs(index: StoryIndex, min: number): Pair[] {
  const postings = new Map<string, Map<Unit["article"], { unit: Unit; weight: number }[]>>();
  for (const u of index.content) {
    for (const [stem, weight] of u.vector) {
      let byArticle = postings.get(stem);
      if (!byArticle) postings.set(stem, (byArticle = new Map()));
      let list = byArticle.get(u.article);
      if (!list) byArticle.set(u.article, (list = []));
      list.push({ unit: u, weight });
    }
  }
  const pairs: { a: Unit; b: Unit; sim: number }[] = [];
  for (const u of index.content) {
    const dots = new Map<number, number>();
    for (const [stem, weight] of u.vector) {
      for (const [article, list] of postings.get(stem)!) {
        if (article === u.article) continue;
        for (const p of list) {
          if (p.unit.id <= u.id) continue;
          dots.set(p.unit.id, (dots.get(p.unit.id) ?? 0) + weight * p.weight);
        }
      }
    }
    for (const [id, sim] of dots) if (sim >= min) pairs.push({ a: u, b: index.units[id], sim });
  }
  return pairs.sort((x, y) => y.sim - x.sim || x.a.id - y.a.id || x.b.id - y.b.id);
}

function shares<T>(a: Iterable<T>, b: Set<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** True when two units are anchored to the same thing: an entity and a number or a date. */
export function anchored(a: Unit, b: Unit): boolean {
  if (!shares(a.entities, b.entities)) return false;
  const numbers = new Set(b.quantities.map((q) => `${q.value}`));
  if (a.quantities.some((q) => numbers.has(`${q.value}`))) return true;
  const dates = new Set(b.dates.map((d) => d.value));
  return a.dates.some((d) => dates.has(d.value));
}

/** True when two units of different articles state the same fact. */
export function sameFact(a: Unit, b: Unit, sim = cosine(a.vector, b.vector)): boolean {
  if (a.article === b.article) return false;
  return sim >= THRESHOLDS.sameFact || (sim >= THRESHOLDS.sameFactAnchored && anchored(a, b));
}

/**
 * True when two units give different figures for the same measure: the same unit (or none),
 * words around both figures in common ("put the magnitude at 6.1" / "put the quake's strength
 * at magnitude-5.4"), values that cannot both be true, and neither also giving the other's
 * figure. Such sentences are two accounts, not one fact: joined, a summary line would cite
 * articles for a figure they do not give.
 */
export function differentFigures(a: Unit, b: Unit): boolean {
  const qa = a.quantities.filter((q) => !q.year);
  const qb = b.quantities.filter((q) => !q.year);
  for (const x of qa) {
    for (const y of qb) {
      if (x.unit !== y.unit || compatible(x, y) || !y.context.some((w) => x.context.includes(w))) continue;
      if (!qb.some((q) => q.unit === x.unit && q.value === x.value) && !qa.some((q) => q.unit === y.unit && q.value === y.value)) return true;
    }
  }
  return false;
}

/**
 * Groups the content units of a story into facts, most important first. `sameStatement` lists
 * units known to carry one statement (the same quotation in several articles): they are joined
 * first, whatever their wording around it.
 */
export function groupFacts(index: StoryIndex, sameStatement: Unit[][] = []): Fact[] {
  const parent = index.units.map((_, i) => i);
  const members = new Map<number, Set<number>>(); // root -> article indices in the group
  const figured = new Map<number, Unit[]>(); // root -> units of the group that give figures
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const u of index.content) {
    members.set(u.id, new Set([u.article]));
    figured.set(u.id, u.quantities.some((q) => !q.year) ? [u] : []);
  }
  const links: { a: Unit; b: Unit }[] = [];
  for (const group of sameStatement) for (let i = 1; i < group.length; i++) if (!group[i].clutter && !group[0].clutter) links.push({ a: group[0], b: group[i] });
  for (const pair of similarPairs(index, THRESHOLDS.sameFactAnchored)) if (sameFact(pair.a, pair.b, pair.sim)) links.push(pair);
  for (const { a, b } of links) {
    const ra = find(a.id);
    const rb = find(b.id);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    if ([...mb].some((x) => ma.has(x))) continue; // one sentence per article in a fact
    // different figures for one measure are two accounts (a contradiction), not one fact
    const fa = figured.get(ra)!;
    const fb = figured.get(rb)!;
    if (fa.some((x) => fb.some((y) => differentFigures(x, y)))) continue;
    parent[rb] = ra;
    for (const x of mb) ma.add(x);
    members.delete(rb);
    fa.push(...fb);
    figured.delete(rb);
  }
  const groups = new Map<number, Unit[]>();
  for (const u of index.content) {
    const r = find(u.id);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(u);
  }

  const storyCentroid = centroid(index.content.map((u) => u.vector));
  const facts: Fact[] = [];
  for (const units of groups.values()) {
    const representative = pickRepresentative(units);
    const ordered = [representative, ...units.filter((u) => u !== representative).sort((x, y) => x.article - y.article || x.sentence - y.sentence)];
    const sources = [...new Set(ordered.map((u) => u.source))];
    facts.push({ index: 0, units: ordered, representative, sources, importance: importanceOf(ordered, sources.length, index, storyCentroid) });
  }
  facts.sort((x, y) => y.importance - x.importance || x.representative.id - y.representative.id);
  facts.forEach((f, i) => (f.index = i));
  return facts;
}

/**
 * The unit that states a fact best: most similar to the others, then one that can stand alone
 * (no opener that needs context), then the earliest.
 */
function pickRepresentative(units: Unit[]): Unit {
  let best = units[0];
  let bestScore = -Infinity;
  for (const u of units) {
    let score = 0;
    for (const v of units) if (v !== u) score += cosine(u.vector, v.vector);
    if (u.opener) score -= 0.5;
    if (score > bestScore + 1e-9) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Importance of a fact, 0..1, which orders claims of equal support, timeline entries and summary
 * ties: how many independent sources state it (what most outlets report matters most), how
 * central its sentence is to the whole story, and how early its articles put it (news writing
 * puts the main facts first).
 */
export const IMPORTANCE_WEIGHTS = { support: 0.45, centrality: 0.35, position: 0.2 };
function importanceOf(units: Unit[], support: number, index: StoryIndex, storyCentroid: Vector): number {
  const supportShare = index.sourceCount > 1 ? (support - 1) / (index.sourceCount - 1) : 0;
  const centrality = cosine(units[0].vector, storyCentroid);
  const position = 1 / (1 + Math.min(...units.map((u) => u.position)));
  return IMPORTANCE_WEIGHTS.support * supportShare + IMPORTANCE_WEIGHTS.centrality * centrality + IMPORTANCE_WEIGHTS.position * position;
}
