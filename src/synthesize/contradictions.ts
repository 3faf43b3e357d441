/**
 * Contradictions: two accounts of the same matter that disagree, both sides cited. Detectors,
 * most specific first:
 *   1. negation: one account says X did not happen ("we haven't even actually discussed
 *      elections"), another that it did ("Discussed ... Election Meddling"); talking verbs count
 *      as one predicate (warned about X = discussed X);
 *   2. denial: a speaker denies, dismisses or rejects what another account asserts;
 *   3. number: the same fact with a different quantity of the same thing (years are left out:
 *      "the 2016 election" and "the 2020 election" are different topics, not a disagreement);
 *   4. date: the same fact dated differently.
 * Each detector proposes scored pairs; the best pair per pair of facts is kept.
 */
import type { Contradiction, Position } from '../core/types.js';
import { citeUnits } from './citations.js';
import type { Fact } from './facts.js';
import { DENIAL_CUES, NEGATIONS, STOPWORDS, TALK_PREDICATES, THRESHOLDS } from './heuristics.js';
import { stemWord, words } from './text.js';
import { cosine, type StoryIndex, type Unit } from './units.js';

/** Words skipped between a negation and its predicate ("haven't even actually discussed"). */
const NEGATION_FILLERS = new Set([
  'even', 'actually', 'ever', 'really', 'yet', 'been', 'have', 'has', 'had', 'be', 'do', 'did', 'does', 'was', 'were',
  'is', 'are', 'at', 'all', 'once', 'also', 'so', 'then', 'yet', 'still', 'formally', 'directly', 'personally', 'in', 'fact',
]);
/** How far (in words) a predicate's object reaches. */
const OBJECT_WINDOW = 6;
/** Most contradictions kept per kind: the best scored; the rest are weaker echoes. */
export const MAX_PER_KIND = 4;

/** A predicate and its object as read from the words after a cue. */
interface Predication {
  /** stem of the predicate, talking verbs mapped to `discuss` */
  predicate: string;
  /** content stems of the object */
  object: string[];
}

const talk = (stem: string) => (TALK_PREDICATES.has(stem) ? 'discuss' : stem);
const content = (w: string) => !STOPWORDS.has(w) && !NEGATIONS.has(w) && !/^\d/.test(w) && w.length > 1;

/** The predications a sentence negates: "did not discuss election meddling" -> discuss [elect, interfer]. */
export function negatedPredications(text: string): Predication[] {
  const tokens = words(text);
  const out: Predication[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATIONS.has(tokens[i]) && !tokens[i].endsWith("n't")) continue;
    let j = i + 1;
    while (j < tokens.length && (NEGATION_FILLERS.has(tokens[j]) || tokens[j] === 'not')) j++;
    if (j >= tokens.length || !content(tokens[j])) continue;
    const object = tokens.slice(j + 1, j + 1 + OBJECT_WINDOW).filter(content).map(stemWord);
    out.push({ predicate: talk(stemWord(tokens[j])), object });
  }
  return out;
}

/** Stems of the predicates a sentence asserts (not within a negation's reach). */
export function assertedPredicates(text: string): Set<string> {
  const tokens = words(text);
  const out = new Set<string>();
  let negatedUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (NEGATIONS.has(tokens[i]) || tokens[i].endsWith("n't")) {
      negatedUntil = i + 4;
      continue;
    }
    if (i <= negatedUntil || !content(tokens[i])) continue;
    out.add(talk(stemWord(tokens[i])));
  }
  return out;
}

/** The proposition a denial rejects: "has long denied interfering in the election" -> [interfer, elect]. */
export function deniedObject(text: string): string[] | null {
  const tokens = words(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!DENIAL_CUES.has(stemWord(tokens[i]))) continue;
    const object = tokens.slice(i + 1, i + 1 + OBJECT_WINDOW + 2).filter(content).map(stemWord);
    if (object.length) return object;
  }
  return null;
}

/** Who holds a statement: the speaker of a quote in it, else its first named entity, else the outlet. */
function holderOf(u: Unit, index: StoryIndex): string {
  const analyzed = index.story.articles[u.article];
  for (const q of u.quotes) {
    if (!q.speaker) continue;
    const linked = q.speaker.entity ? index.entityOf(u.articleId, q.speaker.entity) : undefined;
    return linked?.name ?? q.speaker.name;
  }
  let first: { start: number; name: string } | null = null;
  for (const e of analyzed.entities) {
    if (e.type === 'place') continue;
    for (const m of e.mentions) {
      if (m.start >= u.start && m.end <= u.end && (!first || m.start < first.start)) {
        first = { start: m.start, name: index.entityOf(u.articleId, e.id)?.name ?? e.name };
      }
    }
  }
  return first?.name ?? u.outlet;
}

/** Topic words: the shared stems, written as the first side writes them. */
function topicOf(shared: string[], u: Unit): string {
  const surface = new Map<string, string>();
  for (const w of words(u.text)) {
    const s = stemWord(w);
    if (!surface.has(s)) surface.set(s, w);
  }
  return [...new Set(shared)].slice(0, 4).map((s) => surface.get(s) ?? s).join(' ');
}

interface Proposal {
  kind: Contradiction['kind'];
  a: Unit;
  b: Unit;
  score: number;
  topic: string;
}

function sharedStems(object: string[], other: Unit): string[] {
  const stems = new Set(other.stems);
  return object.filter((s) => stems.has(s));
}

function weight(stems: string[], index: StoryIndex): number {
  return stems.reduce((sum, s) => sum + (index.idf.get(s) ?? 1), 0);
}

/** An entity the two accounts share besides the holders: the same people involved. */
function sharedParty(a: Unit, b: Unit): boolean {
  for (const e of a.entities) if (b.entities.has(e)) return true;
  return false;
}

function negationProposals(index: StoryIndex): Proposal[] {
  const out: Proposal[] = [];
  const asserted = new Map<Unit, Set<string>>();
  const negated = new Map<Unit, Predication[]>();
  for (const u of index.content) {
    asserted.set(u, assertedPredicates(u.text));
    negated.set(u, negatedPredications(u.text));
  }
  for (const n of index.content) {
    for (const p of negated.get(n)!) {
      if (!p.object.length) continue;
      for (const a of index.content) {
        if (a.article === n.article && a.sentence === n.sentence) continue;
        if (!asserted.get(a)!.has(p.predicate)) continue;
        if (negated.get(a)!.some((q) => q.predicate === p.predicate)) continue;
        const shared = sharedStems(p.object, a);
        if (!shared.length) continue;
        const matter = weight(shared, index) / weight(p.object, index);
        if (matter < THRESHOLDS.sameMatter) continue;
        const score = matter + cosine(n.vector, a.vector) + (sharedParty(n, a) ? 0.25 : 0);
        out.push({ kind: 'negation', a, b: n, score, topic: topicOf([p.predicate === 'discuss' ? stemWord('discussed') : p.predicate, ...shared], n) });
      }
    }
  }
  return out;
}

function denialProposals(index: StoryIndex): Proposal[] {
  const out: Proposal[] = [];
  const denied = new Map(index.content.map((u) => [u, deniedObject(u.text)]));
  const plain = new Set(index.content.filter((u) => !denied.get(u) && negatedPredications(u.text).length === 0));
  for (const d of index.content) {
    const object = denied.get(d);
    if (!object) continue;
    for (const a of plain) {
      const shared = sharedStems(object, a);
      if (shared.length < 2) continue;
      const matter = weight(shared, index) / weight(object, index);
      if (matter < THRESHOLDS.sameMatter * 2) continue;
      out.push({ kind: 'denial', a, b: d, score: matter + cosine(d.vector, a.vector), topic: topicOf(shared, d) });
    }
  }
  return out;
}

function numberProposals(index: StoryIndex): Proposal[] {
  const out: Proposal[] = [];
  for (const a of index.content) {
    const qa = a.quantities.filter((q) => !q.year && q.unit);
    if (!qa.length) continue;
    for (const b of index.content) {
      if (b.id <= a.id || b.article === a.article) continue;
      const qb = b.quantities.filter((q) => !q.year && q.unit);
      if (!qb.length) continue;
      const sim = cosine(a.vector, b.vector);
      if (sim < THRESHOLDS.sameFact) continue;
      for (const x of qa) {
        const y = qb.find((q) => q.unit === x.unit && q.value !== x.value);
        if (!y) continue;
        // The same quantity named by both with the same value is agreement; a different one is not.
        if (qb.some((q) => q.unit === x.unit && q.value === x.value) || qa.some((q) => q.unit === y.unit && q.value === y.value)) continue;
        out.push({ kind: 'number', a, b, score: sim + 0.5, topic: topicOf([x.unit, ...a.stems.filter((s) => b.stems.includes(s)).slice(0, 2)], a) });
        break;
      }
    }
  }
  return out;
}

function dateProposals(index: StoryIndex): Proposal[] {
  const out: Proposal[] = [];
  for (const a of index.content) {
    const da = a.dates.filter((d) => d.granularity === 'day');
    if (!da.length) continue;
    for (const b of index.content) {
      if (b.id <= a.id || b.article === a.article) continue;
      const db = b.dates.filter((d) => d.granularity === 'day');
      if (!db.length) continue;
      const sim = cosine(a.vector, b.vector);
      if (sim < THRESHOLDS.sameFact) continue;
      if (da.some((x) => db.some((y) => y.value === x.value))) continue;
      out.push({ kind: 'date', a, b, score: sim, topic: topicOf(a.stems.filter((s) => b.stems.includes(s)).slice(0, 3), a) });
    }
  }
  return out;
}

export function contradictions(facts: Fact[], index: StoryIndex): Contradiction[] {
  const factOf = new Map<Unit, Fact>();
  for (const f of facts) for (const u of f.units) factOf.set(u, f);
  const kept: Contradiction[] = [];
  const seen = new Set<string>();
  for (const detect of [negationProposals, denialProposals, numberProposals, dateProposals]) {
    const proposals = detect(index).sort((x, y) => y.score - x.score || x.a.id - y.a.id || x.b.id - y.b.id);
    let n = 0;
    for (const p of proposals) {
      const fa = factOf.get(p.a);
      const fb = factOf.get(p.b);
      if (!fa || !fb) continue;
      // Two facts disagree once; inside one fact (same wording, another number) the two
      // sentences are the sides and cite only themselves.
      const key = fa === fb ? `u${Math.min(p.a.id, p.b.id)}-${Math.max(p.a.id, p.b.id)}` : [fa.index, fb.index].sort((x, y) => x - y).join('-');
      if (seen.has(key)) continue;
      seen.add(key);
      const [ua, ub] = fa === fb ? [[p.a], [p.b]] : [fa.units, fb.units];
      kept.push({ topic: p.topic, kind: p.kind, sides: [side(p.a, ua, index), side(p.b, ub, index)] });
      if (++n >= MAX_PER_KIND) break;
    }
  }
  return kept;
}

function side(u: Unit, units: Unit[], index: StoryIndex): Position {
  return { text: u.text, holder: holderOf(u, index), citations: citeUnits([u, ...units]) };
}
