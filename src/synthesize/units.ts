/**
 * The sentences of a story as comparable units: each sentence of each article with its words,
 * its tf-idf vector, the story entities it mentions, its quantities and dates, and whether it is
 * clutter or needs its context. Everything else in synthesis works on these.
 */
import { linkEntities, type StoryEntity } from '../analyze/entities/link.js';
import type { AnalyzedArticle, DateMention, Quote, Story } from '../core/types.js';
import { CLUTTER_PATTERNS, CONTEXT_OPENERS, CONTEXT_PRONOUNS, DATELINES, MAX_SENTENCE_WORDS, MIN_SENTENCE_WORDS, SECTION_LABELS } from './heuristics.js';
import { contentStems, quantities, wordCount, type Quantity } from './text.js';

/** A sparse, unit-length tf-idf vector over content stems. */
export type Vector = Map<string, number>;

/** One sentence of one article, ready for comparison. */
export interface Unit {
  /** index in `StoryIndex.units` */
  id: number;
  /** index of the article in `story.articles` */
  article: number;
  /** the article id */
  articleId: string;
  /** key of its independent source (copy group) */
  source: string;
  /** the outlet's name, or the article id when the outlet is unknown */
  outlet: string;
  /** index of the sentence in its article */
  sentence: number;
  /** span of the trimmed sentence in the article's text */
  start: number;
  end: number;
  /** the sentence as written, white space collapsed for display */
  text: string;
  /** content stems */
  stems: string[];
  /** tf-idf vector of `stems` (filled once the whole story is read) */
  vector: Vector;
  /** story entity ids mentioned in the sentence */
  entities: Set<string>;
  /** quantities in the sentence */
  quantities: Quantity[];
  /** resolved dates in the sentence */
  dates: DateMention[];
  /** quotes that start in the sentence */
  quotes: Quote[];
  /** words, as a reader counts them */
  words: number;
  /** rank among the article's non-clutter sentences (0 = lead) */
  position: number;
  /** why the sentence cannot stand in a briefing line, or null */
  clutter: string | null;
  /** the first word when it makes the sentence lean on its context, else null */
  opener: {
    kind: 'pronoun' | 'connective' | 'fragment';
    word: string;
    /** where the word is in the article text, when it is not the sentence's first word */
    at?: number;
  } | null;
}

/** The units of a story with the linked entities and the copy groups. */
export interface StoryIndex {
  story: Story;
  units: Unit[];
  /** units that may appear in briefing lines (no clutter) */
  content: Unit[];
  /** linked entities of the story, most mentioned first */
  entities: StoryEntity[];
  /** the story entity of an article's entity */
  entityOf(articleId: string, entityId: string): StoryEntity | undefined;
  /** copy-group key of each article id */
  sourceOf: Map<string, string>;
  /** outlet label of each article id */
  outletOf: Map<string, string>;
  /** inverse document frequency of each stem over the story's units */
  idf: Map<string, number>;
  /** number of independent sources in the story */
  sourceCount: number;
}

/**
 * Length of the dateline opening an article's first sentence ("WASHINGTON — ", "MOSCOW, Dec 10
 * (Reuters) - ", "Washington: "), so that a briefing line starts with the sentence itself; 0
 * when there is none. A title-case place before a colon counts only when analysis found a place
 * there ("Lavrov: we are ready" is someone speaking).
 */
export function datelineLength(analyzed: AnalyzedArticle, start: number): number {
  const label = labelLength(analyzed.article.text, start);
  if (label) return label;
  const head = analyzed.article.text.slice(start, start + 120);
  for (const re of DATELINES) {
    const m = re.exec(head);
    if (!m) continue;
    if (m.groups?.place && !analyzed.entities.some((e) => e.type === 'place' && e.mentions.some((x) => x.start === start && x.end >= start + m.groups!.place.length))) continue;
    // the sentence must go on after it
    return m[0].length < head.trimEnd().length ? m[0].length : 0;
  }
  return 0;
}

/**
 * Length of a newsroom label opening a sentence ("Driving the news: ", "Why it matters: ",
 * "Breaking: "; `SECTION_LABELS`), 0 when there is none: the label is the outlet's layout, not
 * part of what the sentence says.
 */
export function labelLength(text: string, start: number): number {
  const m = SECTION_LABELS.exec(text.slice(start, start + 40));
  return m ? m[0].length : 0;
}

/** Why a sentence is clutter, or null. */
export function clutterReason(text: string): string | null {
  const n = wordCount(text);
  if (n < MIN_SENTENCE_WORDS) return 'too short';
  if (n > MAX_SENTENCE_WORDS) return 'too long';
  if (!/\p{Ll}/u.test(text)) return 'no lower-case letters';
  const caps = text.match(/\b\p{Lu}{2,}\b/gu)?.length ?? 0;
  if (caps / n > 0.5) return 'mostly capitals';
  for (const re of CLUTTER_PATTERNS) if (re.test(text)) return `matches ${re.source}`;
  // Cut off by the source ("... told The Federalist that attributing the cancellations to..."):
  // a fragment, whatever its length.
  if (/(?:\.\.\.|…)["'”’]?$/.test(text.trim()) && !/[.!?]["'”’)]?\s*(?:\.\.\.|…)["'”’]?$/.test(text.trim().slice(0, -1))) return 'cut off';
  // A line without closing punctuation is a heading, a caption or a glued fragment.
  if (!/[.!?]["'”’)\]]*$/.test(text.trim())) return 'no closing punctuation';
  return null;
}

function openerOf(text: string): Unit['opener'] {
  // The rest of a quotation begun in an earlier sentence: it closes a quote it never opened.
  const first = firstQuoteMark(text);
  if (first === 'close') return { kind: 'fragment', word: '”' };
  // Inside a quotation "we" and "it" are the speaker's words, read with the attribution; a
  // sentence that is all quotation, with no attribution after the quote closes ("...," Pompeo
  // said), leaves the reader asking who said it.
  if (/^[“"‘]/.test(text.trim())) return /["”’'][^"”’']*\p{L}+\s+\p{L}+[^"”’']*$/u.test(text.trim().slice(1)) ? null : { kind: 'fragment', word: '“' };
  const word = text.trim().match(/^([\p{L}']+)/u)?.[1]?.toLowerCase();
  if (!word) return null;
  if (CONTEXT_PRONOUNS.has(word)) return { kind: 'pronoun', word };
  if (CONTEXT_OPENERS.has(word)) return { kind: 'connective', word };
  return null;
}

/** Subject pronouns that name someone the sentence itself may not. */
const SUBJECT_PRONOUN = /\b(he|she|they)\b/gi;

/**
 * A subject pronoun with no one named before it in the sentence ("Officials said he would
 * resign"): the reader cannot tell who. Pronouns inside quotations are the speaker's and left
 * alone.
 */
function danglingPronoun(analyzed: AnalyzedArticle, start: number, end: number): Unit['opener'] {
  const text = analyzed.article.text;
  for (const m of text.slice(start, end).matchAll(SUBJECT_PRONOUN)) {
    const at = start + m.index!;
    if (analyzed.quotes.some((q) => q.kind !== 'indirect' && q.start <= at && q.end > at && /^["“‘']/.test(q.text))) continue;
    const named = analyzed.entities.some(
      (e) => e.type !== 'place' && e.mentions.some((x) => x.form !== 'pronoun' && x.start >= start && x.end <= at),
    );
    return named ? null : { kind: 'pronoun', word: m[0].toLowerCase(), at };
  }
  return null;
}

/**
 * A sentence that starts inside a quotation begun in an earlier sentence ("...," he said. "The
 * administration will always work ...") is the middle of someone's words: it needs the sentence
 * that names the speaker.
 */
function insideQuote(quotes: Quote[], start: number): Unit['opener'] {
  return quotes.some((q) => q.start < start && q.end > start) ? { kind: 'fragment', word: '…' } : null;
}

/**
 * Whether the first double quotation mark of a sentence opens or closes a quote. Curly marks say
 * so themselves; a straight mark (or `''`) closes when an odd number of them follows a word with
 * no opening mark before it.
 */
function firstQuoteMark(text: string): 'open' | 'close' | null {
  const m = text.match(/[“”"]|''/);
  if (!m) return null;
  if (m[0] === '“') return 'open';
  if (m[0] === '”') return 'close';
  const straight = text.match(/"|''/g)!.length;
  const before = text.slice(0, m.index).trim();
  return straight % 2 === 1 && before.length > 0 && /[\p{L}\p{N},.!?]$/u.test(before) ? 'close' : 'open';
}

/**
 * Copy-group key of each article: the first id of its group, or its own id. Articles with the
 * same text (white space and case aside) are copies even when clustering did not say so: the
 * same words printed twice are one source.
 */
export function sourceKeys(story: Story): Map<string, string> {
  const keys = new Map<string, string>();
  for (const group of story.copies) for (const id of group) if (!keys.has(id)) keys.set(id, keys.get(group[0]) ?? group[0]);
  const byText = new Map<string, string>();
  for (const a of story.articles) {
    const norm = a.article.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const id = a.article.id;
    const twin = norm ? byText.get(norm) : undefined;
    if (twin !== undefined && !keys.has(id)) keys.set(id, keys.get(twin) ?? twin);
    if (norm && !byText.has(norm)) byText.set(norm, id);
    if (!keys.has(id)) keys.set(id, id);
  }
  return keys;
}

/** Reads a story into units. Pure; the story is not changed. */
export function indexStory(story: Story): StoryIndex {
  const entities = linkEntities(story.articles);
  const byMember = new Map<string, StoryEntity>();
  for (const e of entities) for (const [articleId, entityId] of e.members) byMember.set(`${articleId}\u0000${entityId}`, e);
  const entityOf = (articleId: string, entityId: string) => byMember.get(`${articleId}\u0000${entityId}`);
  const sourceOf = sourceKeys(story);
  const outletOf = new Map(story.articles.map((a) => [a.article.id, a.article.outlet?.trim() || a.article.id]));

  const units: Unit[] = [];
  story.articles.forEach((analyzed, articleIndex) => {
    let position = 0;
    analyzed.sentences.forEach((s, sentenceIndex) => {
      const raw = analyzed.article.text.slice(s.start, s.end);
      const lead = raw.length - raw.trimStart().length;
      // a dateline (before the first content sentence) or a section label is layout: skipped
      const skipped = position === 0 ? datelineLength(analyzed, s.start + lead) : labelLength(analyzed.article.text, s.start + lead);
      const start = s.start + lead + skipped;
      const end = s.start + raw.trimEnd().length;
      if (end <= start) return;
      const text = analyzed.article.text.slice(start, end).replace(/\s+/g, ' ');
      const unit = makeUnit(analyzed, articleIndex, sentenceIndex, start, end, text, entityOf, start - skipped);
      unit.id = units.length;
      unit.source = sourceOf.get(unit.articleId)!;
      unit.outlet = outletOf.get(unit.articleId)!;
      unit.position = unit.clutter ? -1 : position++;
      units.push(unit);
    });
  });

  const content = units.filter((u) => !u.clutter);
  const df = new Map<string, number>();
  for (const u of content) for (const s of new Set(u.stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = content.length;
  for (const [s, d] of df) idf.set(s, Math.log((n + 1) / (d + 1)) + 1);
  for (const u of units) u.vector = vectorOf(u.stems, idf);
  return { story, units, content, entities, entityOf, sourceOf, outletOf, idf, sourceCount: new Set(sourceOf.values()).size };
}

function makeUnit(
  analyzed: AnalyzedArticle,
  article: number,
  sentence: number,
  start: number,
  end: number,
  text: string,
  entityOf: StoryIndex['entityOf'],
  /** where the sentence starts before a dateline or label skipped (a quote analysis began there is the sentence's) */
  from = start,
): Unit {
  const entities = new Set<string>();
  for (const e of analyzed.entities) {
    if (e.mentions.some((m) => m.start < end && m.end > start)) {
      const linked = entityOf(analyzed.article.id, e.id);
      entities.add(linked?.id ?? e.id);
    }
  }
  return {
    id: -1,
    article,
    articleId: analyzed.article.id,
    source: '',
    outlet: '',
    sentence,
    start,
    end,
    text,
    stems: contentStems(text),
    vector: new Map(),
    entities,
    // a figure in brackets is an aside, mostly a conversion ("110 billion euros ($143 billion)")
    quantities: quantities(text.replace(/\([^()]*\)/g, ' ')),
    dates: analyzed.dates.filter((d) => d.start >= start && d.end <= end),
    quotes: analyzed.quotes.filter((q) => q.start >= from && q.start < end),
    words: wordCount(text),
    position: 0,
    clutter: clutterReason(text),
    opener: insideQuote(analyzed.quotes, from) ?? openerOf(text) ?? danglingPronoun(analyzed, start, end),
  };
}

/** A unit-length tf-idf vector. */
export function vectorOf(stems: string[], idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + (idf.get(s) ?? 1));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** Cosine of two unit-length vectors. */
export function cosine(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** The centroid (sum, normalised) of some vectors. */
export function centroid(vectors: Vector[]): Vector {
  const c: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x);
  let norm = 0;
  for (const x of c.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of c) c.set(k, x / norm);
  return c;
}
