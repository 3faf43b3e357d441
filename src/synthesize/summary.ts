/**
 * The extractive summary: verbatim sentences chosen for what most outlets report (coverage of
 * the concepts most independent sources share, each concept counted once, so no redundancy),
 * capped in words, ordered by publication then importance. Each sentence cites every article
 * that states the same fact, its own first.
 *
 * Sentences that lean on their context are repaired or avoided:
 *   - a pronoun naming no one in the sentence ("He said ...", "officials said he ...") is
 *     replaced by the name analysis resolved it to, in square brackets (the editor's mark for an
 *     insertion); unresolved, the sentence is avoided;
 *   - an opening connective ("But", "However,") is dropped when the rest stands alone, a
 *     capital restored in brackets ("[T]he vote ...");
 *   - demonstrative openers ("This", "Such"), sentences that start inside a quotation or are all
 *     quotation with no attribution, and fragments cut off by the source are avoided.
 */
import type { SummarySentence } from '../core/types.js';
import { citeUnits } from './citations.js';
import type { Fact } from './facts.js';
import { ATTRIBUTION, CLAUSE_BREAKS, CLAUSE_LIMITS, CONTEXT_OPENERS, CONTEXT_PRONOUNS, DROPPABLE_CONNECTIVES, MIN_SENTENCE_WORDS, STOPWORDS, THRESHOLDS } from './heuristics.js';
import { stemWord, wordCount, words } from './text.js';
import { centroid, cosine, type StoryIndex, type Unit } from './units.js';

export interface SummaryOptions {
  /** most words in the summary */
  words: number;
}

/** A possessive pronoun takes the name with 's; a subject pronoun the bare name. */
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);

/**
 * The sentence with its opening pronoun replaced by the name analysis resolved it to, or null
 * when it was not resolved. The resolution comes from a pronoun mention of a named entity
 * starting at the sentence's first word, or from a quote whose speaker span is that word.
 * @example "He said the talks failed." -> "[Sergey Lavrov] said the talks failed."
 */
export function repairOpener(u: Unit, index: StoryIndex): string | null {
  if (u.opener?.kind === 'connective') return dropConnective(u);
  if (!u.opener || u.opener.kind !== 'pronoun') return null;
  const analyzed = index.story.articles[u.article];
  const text = analyzed.article.text;
  const wordStart = u.opener.at ?? u.start + text.slice(u.start).match(/^[“"'‘]?/)![0].length;
  const wordEnd = wordStart + u.opener.word.length;
  let name: string | null = null;
  for (const e of analyzed.entities) {
    if (e.mentions.some((m) => m.form === 'pronoun' && m.start === wordStart && m.end === wordEnd)) {
      name = index.entityOf(analyzed.article.id, e.id)?.name ?? e.name;
      break;
    }
  }
  if (!name) {
    for (const q of analyzed.quotes) {
      if (q.speaker?.entity && q.speaker.span && q.speaker.span.start === wordStart && q.speaker.span.end === wordEnd) {
        const e = analyzed.entities.find((x) => x.id === q.speaker!.entity);
        name = (e && index.entityOf(analyzed.article.id, e.id)?.name) ?? q.speaker.name;
        break;
      }
    }
  }
  if (!name) return null;
  const replacement = POSSESSIVE.has(u.opener.word) ? `[${name}'s]` : `[${name}]`;
  const before = text.slice(u.start, wordStart).replace(/\s+/g, ' ');
  const after = text.slice(wordEnd, u.end).replace(/\s+/g, ' ');
  return before + replacement + after;
}

/**
 * The sentence without its opening connective, when what follows stands alone (it does not open
 * with another word that needs context). A lower-case first letter is capitalised in brackets.
 * @example "But Lavrov told reporters he did not discuss it." -> "Lavrov told reporters he did not discuss it."
 * @example "However, the talks failed." -> "[T]he talks failed."
 */
export function dropConnective(u: Unit): string | null {
  if (!u.opener || u.opener.kind !== 'connective' || !DROPPABLE_CONNECTIVES.has(u.opener.word)) return null;
  const rest = u.text.slice(u.opener.word.length).replace(/^\s*,?\s*/, '');
  const next = rest.match(/^[\p{L}']+/u)?.[0]?.toLowerCase();
  if (!next || CONTEXT_PRONOUNS.has(next) || CONTEXT_OPENERS.has(next) || wordCount(rest) < MIN_SENTENCE_WORDS) return null;
  return /^\p{Ll}/u.test(rest) ? `[${rest[0].toUpperCase()}]${rest.slice(1)}` : rest;
}

interface Candidate {
  fact: Fact;
  unit: Unit;
  text: string;
  /** concepts (stemmed word pairs) the sentence covers */
  concepts: string[];
  /** words of `text` as shown (a repair may add or drop some), counted as ROUGE's `-l` does: by white space */
  words: number;
}

/**
 * Concepts of a sentence: stemmed word bigrams, those made of two function words left out
 * (Gillick & Favre 2009; ICSISumm). A summary that covers the concepts most sources share
 * covers what most outlets report, and covering a concept twice gains nothing: redundancy is
 * avoided by construction.
 */
const CONCEPTS = new Map<string, string[]>();
export function concepts(text: string): string[] {
  const known = CONCEPTS.get(text);
  if (known) return known;
  if (CONCEPTS.size >= 50_000) CONCEPTS.clear();
  const found = conceptsOf(text);
  CONCEPTS.set(text, found);
  return found;
}

function conceptsOf(text: string): string[] {
  const split = CONCEPT_WEIGHTS.splitTokens
    ? text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    : words(text).map((w) => w.replace(/[.'-]/g, ''));
  const tokens = split.map((w) => ({ stop: STOPWORDS.has(w), stem: stemWord(w) }));
  const out = new Set<string>();
  if (CONCEPT_WEIGHTS.unigram > 0) for (const t of tokens) if (!t.stop) out.add(t.stem);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].stop && tokens[i + 1].stop) continue;
    out.add(`${tokens[i].stem} ${tokens[i + 1].stem}`);
  }
  return [...out];
}

/**
 * Weight of each concept: the number of independent sources that use it, anywhere in their
 * text (a cut-off fragment is still evidence of what the outlet reports), headline included.
 * With several sources, concepts of one source only weigh nothing.
 * Measured on the AllSides development halves (docs/evaluation.md): these values are flat
 * optima; bigger lead or headline bonuses, squared support or a position prior changed ROUGE-2
 * by less than 0.1.
 */
export const CONCEPT_WEIGHTS = {
  /** extra weight per lead sentence using the concept: news puts the main facts first */
  leadBonus: 1.5,
  /** fewest sources that must share a concept (when the story has that many) */
  minSources: 1,
  /** weight of single content words relative to word pairs: pairs say who did what, words add coverage */
  unigram: 1,
  /** prior for a sentence's position in its article (0: none; coverage already favours leads) */
  position: 0,
  /** exponent of the source count */
  power: 2,
  /** a headline's concept counts as this many lead uses */
  title: 1,
  /** reward per word used: between equal coverages, the fuller summary */
  perWord: 0.5,
  /** reward per word times the sentence's closeness to the story centroid */
  central: 15,
  /** weight of the fact's importance (support, centrality, position): only breaks ties between equal coverages */
  importance: 0.01,
  /**
   * concepts over tokens split at every non-alphanumeric character, as ROUGE splits them ("COVID-19"
   * is "covid" "19", "U.S." is "u" "s"), rather than over whole hyphenated words: the pairs the
   * summary covers are the pairs a reader or scorer sees (+0.07 ROUGE-1 R on AllSides)
   */
  splitTokens: true,
};
function conceptWeights(index: StoryIndex): Map<string, number> {
  const sources = new Map<string, Set<string>>();
  const lead = new Map<string, number>();
  for (const u of index.units) {
    for (const c of concepts(u.text)) {
      let set = sources.get(c);
      if (!set) sources.set(c, (set = new Set()));
      set.add(u.source);
      if (u.position === 0) lead.set(c, (lead.get(c) ?? 0) + 1);
    }
  }
  // Headlines name the main event: their concepts count as one more use by that source.
  const titled = new Map<string, Set<string>>();
  for (const a of index.story.articles) {
    for (const c of concepts(a.article.title ?? '')) {
      let set = titled.get(c);
      if (!set) titled.set(c, (set = new Set()));
      set.add(index.sourceOf.get(a.article.id)!);
    }
  }
  for (const [c, set] of titled) {
    let known = sources.get(c);
    if (!known) sources.set(c, (known = new Set()));
    for (const x of set) known.add(x);
    lead.set(c, (lead.get(c) ?? 0) + CONCEPT_WEIGHTS.title * set.size);
  }
  const min = index.sourceCount >= CONCEPT_WEIGHTS.minSources ? CONCEPT_WEIGHTS.minSources : 1;
  const weights = new Map<string, number>();
  for (const [c, set] of sources) {
    if (set.size < min) continue;
    const w = Math.pow(set.size, CONCEPT_WEIGHTS.power) + CONCEPT_WEIGHTS.leadBonus * Math.min(lead.get(c) ?? 0, set.size);
    weights.set(c, c.includes(' ') ? w : CONCEPT_WEIGHTS.unigram * w);
  }
  return weights;
}

/**
 * The sentence ended early at a clause boundary (`CLAUSE_BREAKS`), as copies of the unit whose
 * span ends before the boundary: still a verbatim span of the source. Never inside a quotation
 * (the cut must not fall within a quote analysis found, and the kept part must close every
 * quotation mark it opens), never leaving out the attribution (`ATTRIBUTION`), never shorter than
 * `CLAUSE_LIMITS`.
 * @example "Powell died on Monday at 84, which ended a long career." -> "Powell died on Monday at 84"
 */
export function shortenings(u: Unit, index: StoryIndex): Unit[] {
  if (u.opener?.kind === 'fragment') return [];
  const analyzed = index.story.articles[u.article];
  const text = analyzed.article.text;
  const sentence = text.slice(u.start, u.end);
  const cuts = new Set<number>();
  for (const re of CLAUSE_BREAKS) for (const m of sentence.matchAll(re)) cuts.add(m.index!);
  const out: Unit[] = [];
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = u.start + sentence.slice(0, cut).trimEnd().length;
    const kept = text.slice(u.start, end).replace(/\s+/g, ' ');
    const n = wordCount(kept);
    if (n < CLAUSE_LIMITS.minWords || n < CLAUSE_LIMITS.minShare * u.words) continue;
    if (analyzed.quotes.some((q) => q.start < end && q.end > end)) continue;
    if (!quotesClosed(kept)) continue;
    if (ATTRIBUTION.test(text.slice(end, u.end)) && !ATTRIBUTION.test(kept)) continue;
    // A pronoun that dangled after the cut no longer does.
    const opener = u.opener?.at !== undefined && u.opener.at >= end ? null : u.opener;
    out.push({ ...u, end, text: kept, words: n, opener });
  }
  return out;
}

/** Whether every double quotation mark opened in a text is closed in it. */
function quotesClosed(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open === close && straight % 2 === 0;
}

/** Candidates for the summary: every sentence that stands alone (or is repaired to), whole or ended at a clause boundary. */
function candidates(facts: Fact[], index: StoryIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const fact of facts) {
    for (const whole of fact.units) {
      for (const unit of [whole, ...(COMPRESSION.enabled ? shortenings(whole, index) : [])]) {
        const text = unit.opener ? repairOpener(unit, index) : unit.text;
        if (text) out.push({ fact, unit, text, concepts: concepts(unit.text), words: wordCount(text) });
      }
    }
  }
  return out;
}

/** Sentence compression: whether sentences may end early at a clause boundary. */
export const COMPRESSION = { enabled: true };

/** Most candidates searched exhaustively; the rest are only reached by the greedy fill. */
export const SEARCH = { candidates: 24, nodes: 60_000 };

/**
 * Chooses the summary: the set of sentences within the word budget that covers the most concept
 * weight (an exact search over the best candidates, bounded in nodes), ties broken by fact
 * importance; then a greedy fill with the rest. One sentence per fact.
 */
function choose(pool: Candidate[], weights: Map<string, number>, budget: number, central: Map<number, number>): Candidate[] {
  // Concepts as small integers with their weights, so that coverage is an array of counters.
  const ids = new Map<string, number>();
  const weight: number[] = [];
  const conceptIds = new Map<Candidate, number[]>();
  for (const c of pool) {
    const list: number[] = [];
    for (const k of c.concepts) {
      const w = weights.get(k);
      if (!w) continue;
      let id = ids.get(k);
      if (id === undefined) {
        ids.set(k, (id = weight.length));
        weight.push(w);
      }
      list.push(id);
    }
    conceptIds.set(c, list);
  }
  const covered = new Uint16Array(weight.length);
  const prior = (c: Candidate) =>
    CONCEPT_WEIGHTS.importance * c.fact.importance + CONCEPT_WEIGHTS.position / (1 + c.unit.position) + (CONCEPT_WEIGHTS.perWord + CONCEPT_WEIGHTS.central * (central.get(c.unit.id) ?? 0)) * c.words;
  const gainOf = (c: Candidate) => {
    let g = 0;
    for (const k of conceptIds.get(c)!) if (!covered[k]) g += weight[k];
    return g + prior(c);
  };
  const cover = (c: Candidate, by: 1 | -1) => {
    for (const k of conceptIds.get(c)!) covered[k] += by;
  };
  const fits = pool.filter((c) => c.words <= budget && c.words > 0);
  const density = new Map(fits.map((c) => [c, gainOf(c) / c.words]));
  const ranked = [...fits].sort((x, y) => density.get(y)! - density.get(x)! || x.unit.id - y.unit.id);
  const top = ranked.slice(0, SEARCH.candidates);
  let best: Candidate[] = [];
  let bestScore = -1;
  let nodes = 0;
  const chosen: Candidate[] = [];
  const facts = new Set<Fact>();
  const search = (from: number, used: number, score: number) => {
    if (++nodes > SEARCH.nodes) return;
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = [...chosen];
    }
    for (let i = from; i < top.length; i++) {
      const c = top[i];
      if (used + c.words > budget || facts.has(c.fact)) continue;
      const gain = gainOf(c);
      if (gain <= prior(c) + 1e-9) continue;
      cover(c, 1);
      chosen.push(c);
      facts.add(c.fact);
      search(i + 1, used + c.words, score + gain);
      facts.delete(c.fact);
      chosen.pop();
      cover(c, -1);
    }
  };
  search(0, 0, 0);
  // Greedy fill with whatever still fits and adds something.
  for (const c of best) cover(c, 1);
  let used = best.reduce((n, c) => n + c.words, 0);
  for (;;) {
    let pick: Candidate | null = null;
    let pickGain = 0;
    for (const c of ranked) {
      if (best.includes(c) || used + c.words > budget || best.some((x) => x.fact === c.fact)) continue;
      if (best.some((x) => cosine(x.unit.vector, c.unit.vector) >= THRESHOLDS.redundant)) continue;
      const g = gainOf(c) / c.words;
      if (g > pickGain) {
        pick = c;
        pickGain = g;
      }
    }
    if (!pick) break;
    best.push(pick);
    used += pick.words;
    cover(pick, 1);
  }
  return best;
}

/** Chooses and orders the summary sentences. */
export function summarize(facts: Fact[], index: StoryIndex, opts: SummaryOptions): SummarySentence[] {
  const pool = candidates(facts, index);
  const storyCentroid = centroid(index.content.map((u) => u.vector));
  const central = new Map(index.units.map((u) => [u.id, cosine(u.vector, storyCentroid)]));
  const chosen = choose(pool, conceptWeights(index), opts.words, central);
  const importance = (c: Candidate) => c.fact.importance;
  const published = index.story.articles.map((a) => a.article.published?.slice(0, 10) ?? null);
  const known = published.filter((d): d is string => !!d).sort();
  const reference = known[Math.floor((known.length - 1) / 2)] ?? '';
  const day = (c: Candidate) => published[c.unit.article] ?? reference;
  chosen.sort((x, y) => (day(x) < day(y) ? -1 : day(x) > day(y) ? 1 : importance(y) - importance(x) || x.unit.id - y.unit.id));
  return chosen.map((c) => ({ text: c.text, citations: citeUnits([c.unit, ...c.fact.units]) }));
}
