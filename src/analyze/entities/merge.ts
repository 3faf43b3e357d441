/**
 * Merges the typed name mentions of one article into entities, in this order:
 *
 *   0. one type per one-word name where the context disagrees (`settleTypes`)
 *   1. organisations and places by canonical name ("the U.S." / "United States" / "US"); a
 *      shorter name that ends a longer one joins it ("Foreign Ministry", "the Post")
 *   2. people with two or more name words, by given name + surname, middle initials ignored
 *      ("Donald J. Trump" / "Donald Trump"; "Mike" / "Michael" by the variant table)
 *   3. one-word people ("Pompeo", "Mr. Lavrov", "President Trump") to the person whose
 *      surname it is, the most recently mentioned if several; else to the one person with that
 *      given name ("Hillary"); else a person of its own
 *   4. untyped runs: kept only when they repeat a name typed elsewhere in the article
 *
 * The canonical name is the most complete frequent form: a full name (two name words or more,
 * initials not counted) before a single word, then the most mentioned, then the most name
 * words, then the form without initials, then the first seen ("Donald Trump" three times beats
 * "Donald J. Trump" and "Donald John Trump" once each).
 */
import type { Entity, EntityType, Mention } from '../../core/types.js';
import type { RawMention } from './detect.js';
import { givenNameGender, honorificGender, type Gender } from './gender.js';
import { GIVEN_NAMES, ORG_SUFFIXES, WELL_KNOWN_PEOPLE } from './lexicon.js';
import { coreWords, fold, sameGivenName } from './names.js';

interface Cluster {
  type: EntityType;
  canonical: string | null;
  mentions: RawMention[];
  /** folded surname of a person (last core word) */
  surname: string;
  /** folded given name of a person, or '' when only the surname was seen */
  given: string;
}

export function mergeMentions(mentions: RawMention[]): Entity[] {
  const raw = settleTypes(mentions);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const persons: Cluster[] = [];
  const add = (key: string, m: RawMention, extra: Partial<Cluster> = {}): Cluster => {
    let c = byKey.get(key);
    if (!c) {
      c = { type: m.type, canonical: m.canonical, mentions: [], surname: '', given: '', ...extra };
      byKey.set(key, c);
      clusters.push(c);
      if (c.type === 'person') persons.push(c);
    }
    c.mentions.push(m);
    return c;
  };
  const confident = raw.filter((m) => m.evidence !== 'untyped');
  // 1. organisations and places
  for (const m of confident) {
    if (m.type === 'person') continue;
    add(`${m.type}:${fold(m.canonical ?? m.words.join(' '))}`, m);
  }
  // 1b. a shorter organisation name that ends a longer one is the same organisation
  // ("Black Caucus Foundation" / "Congressional Black Caucus Foundation", "Foreign Ministry" /
  // "Russian Foreign Ministry"); names given by a table keep their own entity
  const orgs = clusters.filter((c) => c.type === 'organization' && !c.canonical);
  for (const short of orgs) {
    const w = short.mentions[0].words.map(fold);
    if (w.length < 2) continue;
    const long = orgs.find((c) => c !== short && c.mentions.length > 0 && endsWith(c.mentions[0].words.map(fold), w));
    if (long) {
      long.mentions.push(...short.mentions);
      short.mentions = [];
    }
  }
  // 1c. an organisation named by its head word alone ("the Post", "the Times" after "The
  // Washington Post"): the organisation of the article whose name ends with that word
  // (a table's own reading of a newspaper's head word gives way too: "the Times" is The New York
  // Times in an article that names it, the London Times only where no other Times is named;
  // "the Senate" keeps its own entity)
  for (const short of clusters.filter((c) => c.type === 'organization' && (!c.canonical || /^The \S+$/.test(c.canonical)) && c.mentions.length && c.mentions.every((m) => m.words.length === 1))) {
    const word = fold(short.mentions[0].words[0]);
    if (!ORG_SUFFIXES.has(word)) continue;
    const long = orgEndingWith(clusters, word, short.mentions[0].start, short);
    if (long) {
      long.mentions.push(...short.mentions);
      short.mentions = [];
    }
  }
  // 2. people with a given name and a surname, longest first so that shorter forms find them
  const multi = confident.filter((m) => m.type === 'person' && coreWords(m.words).length >= 2);
  multi.sort((a, b) => coreWords(b.words).length - coreWords(a.words).length || a.start - b.start);
  for (const m of multi) {
    const core = coreWords(m.words).map(fold);
    const given = core[0];
    const surname = core[core.length - 1];
    const match = persons.find((c) => c.surname === surname && c.given !== '' && sameGivenName(c.given, given));
    if (match) match.mentions.push(m);
    else add(`person:${core.join(' ')}`, m, { surname, given });
  }
  // 3. one-word people, in text order (so that "the most recent" is well defined)
  const single = confident.filter((m) => m.type === 'person' && coreWords(m.words).length < 2).sort((a, b) => a.start - b.start);
  for (const m of single) {
    const word = fold(coreWords(m.words)[0] ?? m.words[m.words.length - 1]);
    // a surname ("Pompeo"), else a given name used alone for one person only ("Hillary")
    const byGiven = persons.filter((c) => c.given !== '' && sameGivenName(c.given, word) && compatible(c, m, word));
    const target = mostRecent(persons.filter((c) => c.surname === word && compatible(c, m, word)), m.start) ?? (byGiven.length === 1 ? byGiven[0] : undefined);
    if (target) target.mentions.push(m);
    else add(`person:${word}`, m, { surname: word, given: '' });
  }
  // 4. untyped runs that repeat a typed name ("Pompeo" after "Mike Pompeo", "Lavrov" at a sentence start)
  for (const m of raw) {
    if (m.evidence !== 'untyped') continue;
    const folded = fold(m.words.join(' '));
    const core = coreWords(m.words).map(fold);
    const surname = core[core.length - 1] ?? folded;
    const person = core.length === 1 ? mostRecent(persons.filter((c) => c.surname === surname && compatible(c, m, surname)), m.start) : persons.find((c) => c.surname === surname && c.given !== '' && sameGivenName(c.given, core[0]));
    if (person) {
      person.mentions.push({ ...m, type: 'person' });
      continue;
    }
    const other = clusters.find((c) => c.type !== 'person' && c.mentions.some((x) => fold(x.words.join(' ')) === folded))
      ?? (m.words.length === 1 && ORG_SUFFIXES.has(folded) ? orgEndingWith(clusters, folded, m.start) : undefined);
    if (other) other.mentions.push({ ...m, type: other.type });
  }
  return toEntities(clusters);
}

/**
 * Step 0: a one-word name typed only by its context takes the type the article gives it with
 * better evidence. An organisation typed by "a spokesman for Sanders" is the person when the
 * article names a person of that surname ("Bernie Sanders"); a person typed by "Moderna said"
 * is the organisation when the article types the word as one elsewhere ("shares of Moderna",
 * a table).
 */
function settleTypes(raw: RawMention[]): RawMention[] {
  const surnames = new Set<string>();
  for (const m of raw) {
    if (m.type !== 'person' || m.evidence === 'untyped') continue;
    const core = coreWords(m.words).map(fold);
    if (core.length >= 2 || m.evidence !== 'context' || m.role) surnames.add(core[core.length - 1] ?? fold(m.words[m.words.length - 1]));
  }
  const orgWords = new Set<string>();
  for (const m of raw) if (m.type === 'organization' && m.words.length === 1 && !(m.evidence === 'context' && surnames.has(fold(m.words[0])))) orgWords.add(fold(m.words[0]));
  return raw.map((m) => {
    if (m.words.length !== 1 || m.evidence !== 'context') return m;
    const word = fold(m.words[0]);
    if (m.type === 'organization' && surnames.has(word)) return { ...m, type: 'person' };
    if (m.type === 'person' && !m.role && !surnames.has(word) && orgWords.has(word)) return { ...m, type: 'organization' };
    return m;
  });
}

/**
 * The organisation of two words or more whose name ends with `word` ("post" -> The Washington
 * Post), the one mentioned last before `at` when several do.
 */
function orgEndingWith(clusters: Cluster[], word: string, at: number, except?: Cluster): Cluster | undefined {
  const candidates = clusters.filter((c) => {
    if (c === except || c.type !== 'organization' || !c.mentions.length) return false;
    const name = (c.canonical ?? c.mentions[0].words.join(' ')).split(/\s+/).map(fold);
    return name.length >= 2 && name[name.length - 1] === word;
  });
  return mostRecent(candidates, at);
}

/** Whether `words` ends with `tail` and is longer. */
function endsWith(words: string[], tail: string[]): boolean {
  if (words.length <= tail.length) return false;
  const offset = words.length - tail.length;
  return tail.every((w, i) => words[offset + i] === w);
}

/** `f`, `m` or null: what an honorific says about a mention. */
function genderOf(m: RawMention): Gender | null {
  return honorificGender(m.surface.split(/\s+/)[0].toLowerCase());
}

/** How many of a cluster's mentions are read for an honorific. */
const GENDER_EVIDENCE = 20;

/** `f`, `m` or null: what a cluster's given name and honorifics say. */
function clusterGender(c: Cluster): Gender | null {
  if (c.given && givenNameGender(c.given) === 'f') return 'f';
  // the first mentions suffice ("Mr. X" recurs) and keep a huge input linear
  for (let i = 0; i < Math.min(c.mentions.length, GENDER_EVIDENCE); i++) {
    const g = genderOf(c.mentions[i]);
    if (g) return g;
  }
  return c.given ? givenNameGender(c.given) : null;
}

/**
 * Whether a one-word mention can be the person of a cluster: "Mr. Obama" is not Michelle
 * Obama, "Mrs. Clinton" is not Bill Clinton, and "President Obama" is not Michelle Obama either
 * (a titled surname of a well-known person goes to that person, not to a namesake).
 */
function compatible(c: Cluster, m: RawMention, word: string): boolean {
  const g = genderOf(m);
  const cg = clusterGender(c);
  if (g && cg && g !== cg) return false;
  const famous = WELL_KNOWN_PEOPLE[word];
  if (famous && m.role && c.given && !g) return sameGivenName(c.given, fold(famous.split(' ')[0]));
  return true;
}

/** The cluster mentioned last before `at` (or first after it when none precedes). */
function mostRecent(candidates: Cluster[], at: number): Cluster | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of candidates) {
    const last = Math.max(...c.mentions.map((m) => (m.start < at ? m.start : -1)));
    if (last > bestAt) {
      best = c;
      bestAt = last;
    }
  }
  return best ?? candidates[0];
}

/** The most complete frequent name of a cluster. */
function canonicalName(c: Cluster): string {
  if (c.canonical) return c.canonical;
  const counts = new Map<string, { n: number; first: number; words: number }>();
  for (const m of c.mentions) {
    const name = (c.type === 'person' ? m.words.filter((w) => !/^[(“"]/.test(w)) : m.words).join(' ');
    const entry = counts.get(name) ?? { n: 0, first: m.start, words: coreWords(name.split(' ')).length };
    entry.n++;
    entry.first = Math.min(entry.first, m.start);
    counts.set(name, entry);
  }
  // ties go to the plainer form: "Donald Trump" over "Donald J. Trump" when both appear once
  const full = (words: number) => (words >= 2 ? 1 : 0);
  return [...counts.entries()].sort((a, b) => full(b[1].words) - full(a[1].words) || b[1].n - a[1].n || b[1].words - a[1].words || a[0].split(' ').length - b[0].split(' ').length || a[1].first - b[1].first)[0][0];
}

function toEntities(clusters: Cluster[]): Entity[] {
  const entities = new Map<string, Entity>();
  for (const c of clusters) {
    if (!c.mentions.length) continue;
    const name = canonicalName(c);
    const id = `${c.type}:${name.toLowerCase()}`;
    const mentions: Mention[] = c.mentions
      .map((m) => ({ start: m.start, end: m.end, surface: m.surface, form: 'name' as const }))
      .sort((a, b) => a.start - b.start);
    const existing = entities.get(id);
    if (existing) {
      existing.mentions = [...existing.mentions, ...mentions].sort((a, b) => a.start - b.start);
      continue;
    }
    const roles = unique(c.mentions.map((m) => m.role).filter((r): r is string => !!r));
    entities.set(id, { id, type: c.type, name, variants: [], roles, mentions });
  }
  for (const e of entities.values()) {
    e.variants = unique(e.mentions.map((m) => m.surface));
    const seen = new Set<number>();
    e.mentions = e.mentions.filter((m) => !seen.has(m.start) && seen.add(m.start));
  }
  return [...entities.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Distinct strings, case-insensitively, first spelling kept, in order of appearance. */
function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
