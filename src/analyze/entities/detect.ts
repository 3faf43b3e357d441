/**
 * Detectors and refiners that turn word tokens into typed name mentions, applied in this order:
 *
 *   1. `capitalisedRuns`  runs of capitalised words (with "of" and name particles inside)
 *   2. `trimOpeners`      drop sentence openers and unknown sentence-initial words ("But", "Will")
 *   3. `splitTitle`       split titles and roles off the front ("Secretary of State" | "Mike Pompeo")
 *   4. `classify`         type by tables, cue words, given names, then context ("X said")
 *   5. `roleBefore`       lowercase role nouns before a name ("White House spokesman" Judd Deere)
 *
 * Headline-style sentences (most words capitalised) are "uncertain": a run there is kept only
 * where its words are known from the tables or from confident mentions elsewhere in the text.
 */
import type { EntityType } from '../../core/types.js';
import {
  CALENDAR, DEMONYMS, PLACE_ALIASES, PORTFOLIOS, DEMONYM_PLURALS, GIVEN_NAMES, HONORIFICS, INSTITUTION_PLACES, NAME_PARTICLES, NOT_NAMES,
  ORG_ALIASES, ORG_PREFIXES, ORG_SUFFIXES, OTHER_SUFFIXES, PERSON_CUES_BEFORE, PERSON_VERBS_AFTER, PLACES, ROLE_NOUNS,
  GROUP_NOUNS, KNOWN_SURNAMES, PLACE_PREFIXES, PLACE_SUFFIXES, NAMED_AFTER_PERSON, NOT_ACRONYMS, ORG_CUES_AFTER, ORG_CUES_BEFORE, PLACE_PREPOSITIONS, TITLES, titleCase,
  AFTER_ORG_NAME, DIRECTIONS, ORG_MEMBER_NOUNS, PARTY_ADJECTIVES, POSTAL_CODES, STATE_CHAMBERS, TITLE_ONLY, US_STATES, WELL_KNOWN_FIRST_NAMES, ORG_PHRASES_BEFORE, ORG_POSSESSIONS, REPORTING_VERBS,
} from './lexicon.js';
import type { Token } from './tokens.js';

/** How a mention got its type, most reliable first; `untyped` runs (person by default) are kept only when they repeat a typed name. */
export type Evidence = 'table' | 'suffix' | 'title' | 'given-name' | 'context' | 'acronym' | 'untyped';

/** A typed name mention before merging. */
export interface RawMention {
  /** first code unit of the name (honorific included, title excluded) */
  start: number;
  /** one past the name */
  end: number;
  /** `text.slice(start, end)` */
  surface: string;
  /** the words of the name (honorific excluded) */
  words: string[];
  /** person, organization or place */
  type: EntityType;
  /** canonical name from a table ("U.S." -> "United States"), if any */
  canonical: string | null;
  /** the title or role written before the name ("Secretary of State", "White House spokesman") */
  role: string | null;
  /** how the type was decided */
  evidence: Evidence;
  /** index of the sentence */
  sentence: number;
}

/** Longest multi-word title, in words. */
const MAX_TITLE_WORDS = 4;
/** Longest name, in words: beyond this a run is a headline or a list, not a name. */
const MAX_RUN_WORDS = 8;
/** Longest capitalised run looked at, in words (titles included); longer ones are dropped whole. */
const LONGEST_RUN = 16;

/** True when a token can be part of a capitalised run. */
function isCapitalised(t: Token): boolean {
  if (!t.cap || CALENDAR.has(t.lower.replace(/\.$/, '')) || /^\p{N}/u.test(t.text)) return false;
  // shouted words ("MORE", "SPOTTED", "BREAKING") are not names; "US" and "WHO" are, by the tables
  if (t.allCaps && t.text.length > 2 && (NOT_NAMES.has(t.lower) || NOT_ACRONYMS.has(t.lower)) && !tableType(t.lower)) return false;
  return true;
}

/** How many words after "and" may lead to an organisation's cue word ("Vaccines and Related Biological Products Advisory Committee"). */
const AND_REACH = 5;

/** Words that may join two capitalised words of one name: "Secretary of State", "Charles de Gaulle". */
function isConnector(prev: Token, t: Token, next: Token | undefined, after: Token[] = [], run: Token[] = [prev]): boolean {
  if (!next || !isCapitalised(next) || !prev.joined || !t.joined) return false;
  // "Fish and Wildlife Service", "Justice and Development Party": "and" inside an organisation's
  // name, when the words after it end with an organisation cue word and the word before is no
  // name of its own ("Russia and China", "Mike and Karen" stay apart)
  // ("Edison Research and Patriot Capital" are two: the word before already ends a name)
  if (t.lower === 'and' && !tableType(prev.lower) && !GIVEN_NAMES.has(prev.lower) && !KNOWN_SURNAMES.has(prev.lower) && !prev.possessive && !ORG_SUFFIXES.has(prev.lower)) {
    for (let k = 0; k < Math.min(AND_REACH, after.length); k++) {
      const w = after[k];
      if (!isCapitalised(w) || w.sentence !== t.sentence) break;
      if (ORG_SUFFIXES.has(w.lower) && k >= 1) return true;
      if (!w.joined) break;
    }
  }
  // ("International Association of Chiefs of Police": a second "of" inside an organisation's name)
  // (not after a name of the tables: "the Department of Justice of Russia" is two)
  if (t.lower === 'of' && run.some((x, k) => k + 1 < run.length && ORG_PREFIXES.has(x.lower) && run[k + 1].lower === 'of') && !tableType(joinLower(run))) return true;
  if (t.lower === 'of') return ORG_PREFIXES.has(prev.lower) || TITLES.has(prev.lower) || /^(?:republic|kingdom|states|sea|gulf|isle|city|bay|secretary|minister|chamber|house|duke|prince|king|queen|speaker)$/.test(prev.lower);
  // "the Texas House and Senate": two bodies, when the word after "and" is a name of the tables
  if (t.lower === 'and' && tableType(next.lower)) return false;
  if (t.lower === 'for' || t.lower === 'on' || t.lower === 'and') return ORG_PREFIXES.has(prev.lower) || /^(?:committee|center|centre|centers|council|institute|commission|coalition|alliance|foundation|society|association|office)$/.test(prev.lower) || (t.lower === 'and' && tableAcross(run, after));
  return NAME_PARTICLES.has(t.lower) && !prev.initial;
}

/**
 * Whether "... X and Y ..." is one name of the tables: "Immigration and Customs Enforcement",
 * "Centers for Disease Control and Prevention" (the words after "and" end with no organisation
 * cue word). The name may start anywhere in the run so far, up to six words back.
 */
function tableAcross(run: Token[], after: Token[]): boolean {
  for (let s = Math.max(0, run.length - 6); s < run.length; s++) {
    let phrase = `${run.slice(s).map((t) => t.lower).join(' ')} and`;
    for (const w of after) {
      if (!w.cap) break;
      phrase += ` ${w.lower}`;
      if (tableType(phrase)) return true;
      if (!w.joined) break;
    }
  }
  return false;
}

/** Step 1: maximal runs of capitalised tokens within a sentence. */
export function capitalisedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let tooLong = false;
  const close = () => {
    if (run.length && !tooLong) runs.push(run);
    run = [];
    tooLong = false;
  };
  const push = (t: Token) => {
    if (run.length >= LONGEST_RUN) tooLong = true; // a shouted line or a list, not a name: dropped
    else run.push(t);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tooLong ? tokens[i - 1] : run[run.length - 1];
    // "the International Transport Workers' Federation", "the Teachers' Union": a plural
    // possessive before an organisation's cue word is inside the name
    // (and an irregular plural's: "the People’s Bank of China", "the Children’s Hospital")
    const pluralOwner = !!prev?.possessive && isCapitalised(t) && ORG_SUFFIXES.has(t.lower) && ((/s$/.test(prev.text) && t.start - prev.end === 2) || /^(?:people|children|women|men)$/.test(prev.lower.replace(/['’]s$/, '')));
    if (prev && (prev.sentence !== t.sentence || ((!prev.joined || prev.possessive) && !pluralOwner))) close();
    const last = run[run.length - 1];
    // "Theresa May", "Kelly June": a month after a given name is a surname
    const surnameMonth = last && t.cap && last.joined && (GIVEN_NAMES.has(last.lower) || HONORIFICS.has(last.lower)) && CALENDAR.has(t.lower) && !isCapitalised(t);
    // "USA Today", "Good Morning America": a calendar word that ends a name of the tables
    const namedDay = last && t.cap && last.joined && CALENDAR.has(t.lower) && !!tableType(`${joinLower(run)} ${t.lower}`);
    if (isCapitalised(t) || surnameMonth || namedDay) push(t);
    else if (run.length && isConnector(run[run.length - 1], t, tokens[i + 1], tokens.slice(i + 1, i + 1 + AND_REACH), run)) push(t);
    else close();
  }
  close();
  return runs.map((r) => {
    while (r.length && !r[r.length - 1].cap) r.pop(); // a trailing connector
    return r;
  }).filter((r) => r.length > 0);
}

/** Knowledge gathered over the whole article, used for uncertain (sentence-initial, headline) words. */
export interface ArticleLexicon {
  /** lowercase words seen capitalised in the middle of a sentence */
  capitalisedInside: Set<string>;
  /** lowercase words seen in lowercase anywhere ("discussed", "will") */
  lowercase: Set<string>;
}

export function articleLexicon(tokens: Token[]): ArticleLexicon {
  const capitalisedInside = new Set<string>();
  const lowercase = new Set<string>();
  for (const t of tokens) {
    if (!t.cap) lowercase.add(t.lower);
    else if (!t.initial) capitalisedInside.add(t.lower);
  }
  return { capitalisedInside, lowercase };
}

/** A word the tables know as (part of) a name. */
function known(lower: string): boolean {
  return PLACES.has(lower) || lower in ORG_ALIASES || GIVEN_NAMES.has(lower) || lower in DEMONYMS || HONORIFICS.has(lower);
}

/**
 * Step 2: a sentence-initial word is capitalised by position, not because it is a name. Drop
 * it when it is a function word ("But", "The", "Will"), or when the article also writes it in
 * lowercase and no table knows it ("Discussed many items"), or when it is alone, unknown and
 * never capitalised inside a sentence.
 */
export function trimOpeners(run: Token[], lex: ArticleLexicon): Token[] {
  let r = run;
  while (r.length) {
    const t = r[0];
    const next = r[1];
    // "Former Facebook Inc. employee": a word of time before an organisation is no part of it
    if (next && /^(?:former|ex|then)$/.test(t.lower) && (ORG_SUFFIXES.has(r[r.length - 1].lower) || tableType(joinLower(r.slice(1)))?.type === 'organization')) {
      r = r.slice(1);
      continue;
    }
    // a title starts a person's run ("President Biden"); a word before a title qualifies it
    // ("Education Secretary Miguel Cardona")
    if (next && (TITLES.has(t.lower) || (TITLES.has(next.lower) && !NOT_NAMES.has(t.lower)))) break;
    // "As The Washington Post reported": a function word before "The" and a name is no part of it
    if (next && next.lower === 'the' && NOT_NAMES.has(t.lower) && t.lower !== 'the') {
      r = r.slice(1);
      continue;
    }
    // "The Hague", "The New York Times": an article that belongs to the name
    if (t.lower === 'the' && next && /^the /i.test(tableType(joinLower(r))?.canonical ?? '')) break;
    // the tables know it ("US" at a sentence start, "Congress", "Democratic National Committee")
    if (t.lower !== 'the' && (tableType(t.lower) || tableType(joinLower(r)))) break;
    // "New York Democrat", "New Hampshire voters": the run opens with a name of the tables
    if (t.lower !== 'the' && r.length > 2 && [2, 3].some((n) => n < r.length && tableType(joinLower(r.slice(0, n))))) break;
    // "the Eastern United States": a compass adjective before a place of the tables (not before
    // a continent: "Central America" is a region of its own)
    if (next && DIRECTIONS.has(t.lower) && !/^(?:america|asia|africa|europe)$/.test(joinLower(r.slice(1))) && tableType(joinLower(r.slice(1)))?.type === 'place') {
      r = r.slice(1);
      continue;
    }
    // "International Monetary Fund": a long name with an organisation cue word keeps its first word
    if (!/^(?:the|a|an)$/.test(t.lower) && r.length >= 3 && ORG_SUFFIXES.has(r[r.length - 1].lower) && !TITLES.has(t.lower)) break;
    const bare = t.lower.replace(/\.$/, '');
    // inside a sentence a capitalised common word can start an organisation's name ("told the
    // National Post"); elsewhere ("secretary of State Hillary Clinton") it is dropped
    // ("the National Center for Health Statistics": an organisation word before "for"/"of" too)
    const orgName = !t.initial && r.length > 1 && (ORG_SUFFIXES.has(r[r.length - 1].lower) || r.some((x, k) => k > 0 && k + 2 < r.length && ORG_PREFIXES.has(x.lower) && /^(?:of|for|on)$/.test(r[k + 1].lower)));
    // a party adjective that starts an organisation's name inside a role ("Democratic Senatorial
    // Campaign Committee Chairman Jon Tester") stays
    const partyOrg = !t.initial && PARTY_ADJECTIVES.has(t.lower) && r.slice(1).some((x) => ORG_SUFFIXES.has(x.lower) && !TITLES.has(x.lower));
    const trimmable = (!orgName && !partyOrg) || /^(?:the|a|an)$/.test(t.lower);
    if (trimmable && (NOT_NAMES.has(t.lower) || NOT_NAMES.has(bare))) {
      r = r.slice(1);
      continue;
    }
    // "Drugmaker Pfizer", "Automaker Ford": an unknown word opening a sentence before an
    // organisation or place of the tables describes it
    if (t.initial && next && !known(t.lower) && !t.allCaps && !KNOWN_SURNAMES.has(t.lower) && tableType(joinLower(r.slice(1)))) {
      r = r.slice(1);
      continue;
    }
    if (t.initial && !known(t.lower) && !t.allCaps && !KNOWN_SURNAMES.has(t.lower)) {
      if (lex.lowercase.has(t.lower) || /(?:ly|ing|ed)$/.test(t.lower)) {
        r = r.slice(1);
        continue;
      }
      if (r.length === 1 && !lex.capitalisedInside.has(t.lower)) return [];
    }
    break;
  }
  return r;
}

function joinLower(run: Token[]): string {
  return run.map((t) => t.lower).join(' ');
}

/**
 * Step 3: the longest title prefix of a run, by words ("Secretary of State", "Russian Foreign
 * Minister", "FBI Director", "U.S. President"). Everything up to the last title word is the
 * role; the rest is the name. Honorifics stay with the name.
 */
export function splitTitle(run: Token[]): { role: Token[]; name: Token[] } {
  let cut = -1; // index of the last token of the title
  for (let i = 0; i < run.length - 1; i++) {
    for (let n = Math.min(MAX_TITLE_WORDS, run.length - 1 - i); n >= 1; n--) {
      const phrase = run.slice(i, i + n).map((t) => t.lower).join(' ');
      if (TITLES.has(phrase) && !HONORIFICS.has(phrase)) {
        cut = Math.max(cut, i + n - 1);
        break;
      }
    }
  }
  if (cut < 0) return { role: [], name: run };
  // "Secretary of Homeland Security Alejandro Mayorkas": the portfolio after "of"/"for" is role too
  if (/^(?:of|for)$/.test(run[cut + 1]?.lower ?? '')) cut = portfolioEnd(run, cut + 2) ?? cut;
  // no name opens with a small word: "Minister of Foreign Affairs of Russia" is a title alone,
  // "Department of Justice of Russia" (where "Justice" looked like a title) a name alone
  if (!run[cut + 1]?.cap) return TITLES.has(run[0].lower) ? { role: run, name: [] } : { role: [], name: run };
  // a role is only what comes before a title word: qualifiers (demonyms, places, orgs, acronyms, capitalised words)
  return { role: run.slice(0, cut + 1), name: run.slice(cut + 1) };
}

/**
 * The last token of the portfolio that starts at `from` (after a title and "of"), leaving a name
 * after it: the longest portfolio of the tables, else the words before a given name, else all
 * but the last two words (one, when only two are left). Null when no name would be left.
 */
function portfolioEnd(run: Token[], from: number): number | null {
  const left = run.length - from;
  // (a known portfolio to the end, "Minister of Foreign Affairs": no name follows)
  if (left < 2 || PORTFOLIOS.has(joinLower(run.slice(from)))) return null;
  for (let n = Math.min(MAX_TITLE_WORDS, left - 1); n >= 1; n--) {
    if (PORTFOLIOS.has(joinLower(run.slice(from, from + n)))) return from + n - 1;
  }
  for (let k = from + 1; k < run.length; k++) if (GIVEN_NAMES.has(run[k].lower) || HONORIFICS.has(run[k].lower)) return k - 1;
  return run.length - 1 - (left >= 3 ? 2 : 1);
}

/**
 * Aliases that are acronyms ("WHO", "US", "ICE"): they match only when written in capitals,
 * so that "Who was" and "us" stay words. "Fed" is the usual spelling of the Federal Reserve.
 */
const ACRONYM_KEYS = new Set(
  [...Object.entries(ORG_ALIASES), ...Object.entries(PLACE_ALIASES)]
    .filter(([k, name]) => /^[a-z]{2,6}$/.test(k) && (name === k.toUpperCase() || initials(name) === k || /^(?:gop|doj|dprk|prc|usa|uae|isis|isil|scotus|nyc|cspan)$/.test(k)))
    .map(([k]) => k),
);

/** "World Health Organization" -> "who" (function words skipped). */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => !/^(?:of|and|the|for)$/i.test(w)).map((w) => w[0]).join('').toLowerCase();
}

/** Answers of `tableType`, kept across articles (the tables never change); bounded. */
const TABLE_CACHE = new Map<string, { type: EntityType; canonical: string } | null>();
const TABLE_CACHE_SIZE = 100_000;

/** The type a table gives a surface (lowercase), with its canonical name. */
export function tableType(lower: string): { type: EntityType; canonical: string } | null {
  let answer = TABLE_CACHE.get(lower);
  if (answer === undefined) {
    answer = lookUpTables(lower);
    if (TABLE_CACHE.size >= TABLE_CACHE_SIZE) TABLE_CACHE.clear();
    TABLE_CACHE.set(lower, answer);
  }
  return answer;
}

/** Words that end the name of a law or a treaty. */
const LAW_WORDS = /^(?:act|bill|treaty|accord|accords|agreement|amendment|resolution|law)$/;

/** Whether capitalised words from token `k` run on (up to four) to a law's cue word ("... in Policing Act"). */
function continuesToLaw(tokens: Token[], k: number, sentence: number): boolean {
  for (let n = 0; n < 4; n++) {
    const t = tokens[k + n];
    if (!t || t.sentence !== sentence || !t.cap) return false;
    if (LAW_WORDS.test(t.lower)) return true;
    if (!t.joined) return false;
  }
  return false;
}

/** Abbreviations joined by an ampersand that name things, not companies. */
const AMPERSAND_WORDS = /^(?:q&a|r&d|m&a|b&b|r&b|p&l|q&as)$/;

/** The United States written before the name of one of its bodies. */
const COUNTRY_PREFIX = /^(?:u\.s\.|us|u\.s|united states) (.+)$/;

function lookUpTables(lower: string): { type: EntityType; canonical: string } | null {
  const bare = lower.replace(/^the /, '');
  if (INSTITUTION_PLACES.has(lower) || INSTITUTION_PLACES.has(bare)) return { type: 'organization', canonical: ORG_ALIASES[bare] ?? ORG_ALIASES[lower] ?? PLACES.get(bare) ?? titleCase(bare) };
  const org = ORG_ALIASES[lower] ?? ORG_ALIASES[bare];
  if (org) return { type: 'organization', canonical: org };
  // "US Food and Drug Administration", "U.S. Congress": the country before a body of the tables
  const national = COUNTRY_PREFIX.exec(bare);
  if (national && ORG_ALIASES[national[1]]) return { type: 'organization', canonical: ORG_ALIASES[national[1]] };
  const place = PLACES.get(lower) ?? PLACES.get(bare);
  if (place) return { type: 'place', canonical: place };
  return null;
}

/** Step 4 + 5: types one name run in its context; null when it is not an entity we track. */
export function classify(name: Token[], role: Token[], tokens: Token[], index: Map<Token, number>, text: string): RawMention | null {
  // honorifics stay in the surface but are not part of the name's words
  // (a possessive inside a name keeps its mark: "People’s Bank of China", "Teachers' Union")
  let words = name.map((t, k) => (t.possessive && k + 1 < name.length ? text.slice(t.start, name[k + 1].start).trimEnd() : t.text));
  let honorific = false;
  while (words.length > 1 && HONORIFICS.has(words[0].toLowerCase())) {
    words = words.slice(1);
    honorific = true;
  }
  const first = name[0];
  const last = name[name.length - 1];
  const lower = words.join(' ').toLowerCase();
  const base = {
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
    words,
    role: role.length ? text.slice(role[0].start, role[role.length - 1].end) : null,
    sentence: first.sentence,
  };
  const mention = (type: EntityType, evidence: Evidence, canonical: string | null = null): RawMention => ({ ...base, type, evidence, canonical });
  if (name.length > MAX_RUN_WORDS) return null;
  // "J&J", "AT&T", "S&P": an ampersand inside a word joins a company's initials, never a person's name
  // ("Q&A", "R&D", "M&A" are abbreviations of things)
  if (name.length === 1 && AMPERSAND_WORDS.test(lower)) return null;
  if (name.some((t) => /\p{L}&\p{L}/u.test(t.text)) && !tableType(lower)) return mention('organization', 'suffix');
  // the whole run (title words included) may be an organisation: "the U.S. Justice Department"
  // is not a person "Department" with the role "U.S. Justice"
  if (role.length) {
    const whole = [...role, ...name];
    const wholeLower = whole.map((t) => t.lower).join(' ');
    const table = tableType(wholeLower);
    if (table) return { ...base, start: whole[0].start, surface: text.slice(whole[0].start, last.end), words: whole.map((t) => t.text), role: null, type: table.type, canonical: table.canonical, evidence: 'table' };
    if (ORG_SUFFIXES.has(last.lower) || OTHER_SUFFIXES.has(last.lower)) return classify(whole, [], tokens, index, text);
  }
  if (!honorific && words.every((w) => CALENDAR.has(w.toLowerCase()))) return null;
  // "Mr. President", "the Chief Clerk", "the Mayor said": a title, no name
  if (words.length === 1 && TITLE_ONLY.has(words[0].toLowerCase())) return null;
  // a title or honorific makes a person, whatever the name looks like ("President Trump", "Mr. Lavrov")
  if ((role.length || honorific) && !tableType(lower)) return mention('person', 'title');
  // tables: aliases and the gazetteer ("U.S.", "the Kremlin", "North Korea")
  const before = tokens[(index.get(first) ?? 0) - 1];
  const withThe = before && before.lower === 'the' && before.sentence === first.sentence ? `the ${lower}` : lower;
  let table = tableType(withThe) ?? tableType(lower);
  // a short alias written in lowercase letters is a word, not an acronym: "Who was", "Us"
  if (table && name.length === 1 && !first.allCaps && ACRONYM_KEYS.has(first.lower)) table = null;
  if (table) return mention(table.type, 'table', table.canonical);
  // "African-Americans", "Mexican-American": hyphenated demonyms are not entities
  if (name.length === 1 && /-/.test(lower) && lower.split('-').every((part) => part in DEMONYMS || part in DEMONYM_PLURALS || part.replace(/s$/, '') in DEMONYMS)) return null;
  // a demonym alone is an adjective ("Russian officials"), a plural one a group: not an entity
  if (name.length === 1 && (lower in DEMONYMS || lower in DEMONYM_PLURALS)) return null;
  const lastLower = last.lower;
  // "Senate Republicans", "House Democrats": the organisation, followed by a group of its members
  if (name.length > 1 && GROUP_NOUNS.has(lastLower)) {
    const head = name.slice(0, -1);
    const headLower = joinLower(head);
    const org = tableType(headLower) ?? tableType(`the ${headLower}`);
    if (org) return { ...mention(org.type, 'table', org.canonical), end: head[head.length - 1].end, surface: text.slice(first.start, head[head.length - 1].end), words: head.map((t) => t.text) };
    // "Blue Dog Democrats", "Freedom Caucus members": a group, never a person
    if (head.length === 1 && (head[0].lower in DEMONYMS)) return null;
    if (/s$/.test(lastLower) && !ORG_SUFFIXES.has(head[head.length - 1].lower)) return null;
  }
  // "Iowa Republican voters", "the Texas Democrats": the place, qualified by a party
  if (name.length >= 2 && (lastLower in DEMONYMS || lastLower in DEMONYM_PLURALS || /^(?:democrat|republican)s?$/.test(lastLower))) {
    const head = name.slice(0, -1);
    const place = tableType(head.map((t) => t.lower).join(' '));
    if (place?.type === 'place') return { ...mention('place', 'table', place.canonical), end: head[head.length - 1].end, surface: text.slice(first.start, head[head.length - 1].end), words: head.map((t) => t.text) };
  }
  // a name before a lowercase law/treaty word names the treaty: "the New START treaty", "the
  // Intermediate Range Nuclear Forces treaty" (tables come first: "Paris agreement" keeps Paris)
  const next = tokens[(index.get(last) ?? -2) + 1];
  if (next && next.sentence === last.sentence && !next.cap && last.joined && OTHER_SUFFIXES.has(next.lower) && !last.possessive) return null;
  // "the George Floyd Justice in Policing Act", "the Tax Cuts and Jobs Act": a name that goes on,
  // past a small word, to a law's cue word
  if (next && next.sentence === last.sentence && /^(?:in|for|and|of|on|to)$/.test(next.lower) && last.joined && !last.possessive && continuesToLaw(tokens, (index.get(last) ?? -2) + 2, last.sentence)) return null;
  // "the Texas House", "the Ohio Legislature": a state's chamber
  if (name.length >= 2 && STATE_CHAMBERS.has(lastLower) && tableType(name.slice(0, -1).map((t) => t.lower).join(' '))?.type === 'place') return mention('organization', 'suffix');
  // "a Democratic Senate", "the Republican Congress": the chamber of the tables, with a party modifier
  if (name.length === 2 && PARTY_ADJECTIVES.has(first.lower)) {
    const chamber = tableType(lastLower);
    if (chamber?.type === 'organization') return { ...mention('organization', 'table', chamber.canonical), start: last.start, surface: text.slice(last.start, last.end), words: [last.text] };
  }
  // geographic cue words: "Crimean Peninsula", "Sea of Japan", "Orange County"
  if (name.length > 1 && PLACE_SUFFIXES.has(lastLower)) return mention('place', 'suffix');
  if (name.length > 2 && PLACE_PREFIXES.has(first.lower) && name[1].lower === 'of') return mention('place', 'suffix');
  // cue words at the end: "Foreign Ministry", "Acme Inc.", "The Washington Post"
  if (name.length > 1 && ORG_SUFFIXES.has(lastLower)) return mention('organization', 'suffix');
  // "Department of State", "American Federation of Teachers": an organisation word before "of"/"for"
  for (let k = 0; k + 2 < name.length; k++) if (ORG_PREFIXES.has(name[k].lower) && /^(?:of|for|on)$/.test(name[k + 1].lower)) return mention('organization', 'suffix');
  // laws, treaties, events, buildings: not tracked
  if (OTHER_SUFFIXES.has(lastLower)) return null;
  // every word a demonym or function word: "Russian Foreign" (a cut headline), "Pro-Russian"
  if (words.every((w) => w.toLowerCase() in DEMONYMS || NOT_NAMES.has(w.toLowerCase()))) return null;
  // "German magazine Bild", "news agency Xinhua": a lowercase organisation noun before the name
  const beforeRun = tokens[(index.get(first) ?? 0) - 1];
  if (beforeRun && beforeRun.sentence === first.sentence && !beforeRun.cap && beforeRun.joined && ORG_CUES_BEFORE.has(beforeRun.lower)) return mention('organization', 'context');
  // a known given name followed by a surname: "Hillary Clinton", "Judd Deere"
  if (words.length >= 2 && GIVEN_NAMES.has(words[0].toLowerCase()) && !words.some((w) => w.toLowerCase() in DEMONYMS)) return mention('person', 'given-name');
  // a given name that names one well-known person ("If Hillary wins")
  if (name.length === 1 && !honorific && WELL_KNOWN_FIRST_NAMES[lastLower]) return mention('person', 'table', WELL_KNOWN_FIRST_NAMES[lastLower]);
  // an organisation's context: "told the Post", "shares of Acme", "Moderna's vaccine", "the Post reported"
  if (!KNOWN_SURNAMES.has(lastLower) && !GIVEN_NAMES.has(first.lower) && organisationContext(name, tokens, index, text)) return mention('organization', 'context');
  // context: "X said", "X, who", ", said X", a lowercase role noun before ("spokesman Judd Deere")
  const i = index.get(last) ?? -1;
  const after = tokens[i + 1];
  const sameSentence = after && after.sentence === last.sentence;
  const gapAfter = sameSentence ? text.slice(last.end, after.start) : '';
  if (sameSentence && !after.cap && PERSON_VERBS_AFTER.has(after.lower) && /^\s+$/.test(gapAfter) && !last.possessive) return mention('person', 'context');
  // "the Obama administration", "the Clinton campaign": named after a person
  if (sameSentence && !after.cap && NAMED_AFTER_PERSON.has(after.lower) && name.length <= 2 && !last.possessive && /^\s+$/.test(gapAfter)) return mention('person', 'context');
  if (sameSentence && (after.lower === 'who' || after.lower === 'whose') && /^,\s+$/.test(gapAfter)) return mention('person', 'context');
  // "whose Delegates Unbound group": a lowercase organisation noun after the name
  if (sameSentence && !after.cap && ORG_CUES_AFTER.has(after.lower) && /^\s+$/.test(gapAfter) && !last.possessive) return mention('organization', 'context');
  const j = index.get(first) ?? 0;
  const prev = tokens[j - 1];
  if (prev && prev.sentence === first.sentence && !prev.cap && (PERSON_CUES_BEFORE.has(prev.lower) || ROLE_NOUNS.has(prev.lower)) && /^\s+$/.test(text.slice(prev.end, first.start))) return mention('person', 'context');
  // "Democrat Al Gore", "Republican Ron DeSantis": a member of a party, named after the label
  // (the label itself was trimmed off the run as a word that is no name)
  if (prev && prev.sentence === first.sentence && prev.joined && /^(?:democrat|republican)$/.test(prev.lower) && name.length >= 2 && name.length <= 3 && /^\s+$/.test(text.slice(prev.end, first.start))) return mention('person', 'context');
  // an apposition: "Dean, a former Democratic National Committee chairman", "Acme, a company that ..."
  if (sameSentence && /^,\s+$/.test(gapAfter) && /^(?:a|an|the)$/.test(after.lower)) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 8) && tokens[k].sentence === last.sentence; k++) {
      if (ROLE_NOUNS.has(tokens[k].lower) || (TITLES.has(tokens[k].lower) && !HONORIFICS.has(tokens[k].lower))) return mention('person', 'context');
      if (ORG_CUES_BEFORE.has(tokens[k].lower)) return mention('organization', 'context');
      if (!tokens[k].joined) break;
    }
  }
  // "Britain's Parliament", "Israel's Army": a country's institution, named by its cue word alone
  if (prev && prev.possessive && name.length === 1 && ORG_SUFFIXES.has(lastLower) && tableType(prev.lower)?.type === 'place') return mention('organization', 'context');
  // "CNN's Wolf Blitzer", "Russia's Lavrov": a name after an organisation's or a country's possessive
  if (prev && prev.possessive && prev.sentence === first.sentence && name.length <= 3 && tableType(prev.lower) && text.slice(prev.end + 2, first.start) === ' ') return mention('person', 'context');
  // "an event in Cheyenne": an unknown name after a place preposition, not a person's name
  const beforePrev = tokens[j - 2];
  const insideTitle = !!beforePrev && beforePrev.sentence === first.sentence && isCapitalised(beforePrev) && beforePrev.joined; // "Excellence in Mental Coverage"
  // "Lynchburg, VA", "Carthage, Ill.": a town before its state
  // (not a party initial, "(R., Ga.)", nor a name before a state's possessive, "Bush, Florida's former governor")
  if (sameSentence && /^,\s+$/.test(gapAfter) && name.length <= 3 && !GIVEN_NAMES.has(first.lower) && first.text.replace(/\./g, '').length > 1 && isStateAt(tokens, i + 1)) return mention('place', 'context');
  if (prev && prev.sentence === first.sentence && !prev.cap && !insideTitle && PLACE_PREPOSITIONS.has(prev.lower) && !GIVEN_NAMES.has(first.lower) && !KNOWN_SURNAMES.has(lastLower) && name.length <= 3 && !first.allCaps) return mention('place', 'context');
  // a surname that names one well-known person ("Obama's former strategist")
  if (name.length === 1 && KNOWN_SURNAMES.has(lastLower)) return mention('person', 'table');
  // "Lynchburg, VA": a postal code after a town is its state
  if (name.length === 1 && first.allCaps && POSTAL_CODES[first.lower] && prev && prev.sentence === first.sentence && prev.cap && /^,\s+$/.test(text.slice(prev.end, first.start))) return mention('place', 'context', POSTAL_CODES[first.lower]);
  // an unknown acronym is most often an organisation ("SPOTTED" and shouting are filtered as too long/common)
  const shouted = (t: Token | undefined) => !!t && t.sentence === first.sentence && t.allCaps && !tableType(t.lower);
  if (name.length === 1 && first.allCaps && !shouted(prev) && !shouted(after) && !NOT_ACRONYMS.has(first.lower) && first.text.replace(/\./g, '').length <= 6 && first.text.replace(/\./g, '').length >= 2) return mention('organization', 'acronym');
  // otherwise: unknown; the merge step may still type it from another mention ("Pompeo" after "Mike Pompeo")
  return mention('person', 'untyped');
}

/** Longest phrase of `ORG_PHRASES_BEFORE` / `ORG_POSSESSIONS`, in words. */
const ORG_PHRASE_WORDS = 3;

/**
 * Whether the words around a name say it is an organisation (`ORG_PHRASES_BEFORE`,
 * `ORG_MEMBER_NOUNS` + "at"/"with", `ORG_POSSESSIONS` after "X's", "the X" + `REPORTING_VERBS`).
 *
 * @example
 * organisationContext(Centerview, ...)  // "a partner at Centerview said" -> true
 * organisationContext(Lewandowski, ...) // "Lewandowski said" -> false (no "the": a person's verb)
 */
function organisationContext(name: Token[], tokens: Token[], index: Map<Token, number>, text: string): boolean {
  const first = name[0];
  const last = name[name.length - 1];
  const j = index.get(first) ?? 0;
  const i = index.get(last) ?? -1;
  // up to three lowercase words right before the name, joined by spaces only (the first word of
  // a sentence may be capitalised: "Shares of Acme fell")
  const before: string[] = [];
  for (let k = j - 1; k >= 0 && before.length < ORG_PHRASE_WORDS; k--) {
    const t = tokens[k];
    if (t.sentence !== first.sentence || !t.joined || (t.cap && !t.initial && t.lower !== 'the') || t.possessive) break;
    before.unshift(t.lower);
  }
  const next = tokens[i + 1];
  const gap = next && next.sentence === last.sentence ? text.slice(last.end, next.start) : '';
  // "the Georgia Republican", "the Mayor", "the Qatar-based channel": a description, not a name
  const lastLower = last.lower;
  if (lastLower in DEMONYMS || lastLower in DEMONYM_PLURALS || NOT_NAMES.has(lastLower) || TITLES.has(lastLower) || ROLE_NOUNS.has(lastLower) || lastLower.endsWith('-based')) return false;
  // after "the", a lowercase word right after the name makes it a modifier ("told the Qatar-based
  // channel", "a spokesman for the Clinton campaign"); without "the" it is the verb ("shares of Acme fell")
  const modifier = before[before.length - 1] === 'the' && !last.possessive && !!next && !next.cap && /^\s+$/.test(gap) && !AFTER_ORG_NAME.has(next.lower) && !REPORTING_VERBS.has(next.lower) && !PERSON_VERBS_AFTER.has(next.lower);
  if (!modifier) for (let n = 1; n <= before.length; n++) if (ORG_PHRASES_BEFORE.has(before.slice(-n).join(' '))) return true;
  // "a fellow at Brookings", "an analyst with Moody"
  if (!modifier && before.length >= 2 && /^(?:at|with)$/.test(before[before.length - 1]) && ORG_MEMBER_NOUNS.has(before[before.length - 2])) return true;
  // "Acme's chief executive": words after the possessive
  if (last.possessive) {
    const after: string[] = [];
    for (let k = i + 1; k < tokens.length && after.length < ORG_PHRASE_WORDS && tokens[k].sentence === last.sentence && !tokens[k].cap; k++) {
      after.push(tokens[k].lower);
      if (ORG_POSSESSIONS.has(after.join(' '))) return true;
      if (!tokens[k].joined) break;
    }
    return false;
  }
  // "the Post reported", "the Times said": people take no article
  return before[before.length - 1] === 'the' && !!next && !next.cap && /^\s+$/.test(gap) && REPORTING_VERBS.has(next.lower);
}

/** A US state written out, in AP style ("Ill.") or as a postal code ("VA"). */
function isState(t: Token): boolean {
  if (t.allCaps && t.text.length === 2 && POSTAL_CODES[t.lower]) return true;
  const place = tableType(t.lower);
  return !!place && place.type === 'place' && US_STATES.has(place.canonical.toLowerCase());
}

/**
 * Whether a state's name starts at token `k`, in one word ("Ohio", "VA") or two ("New Jersey",
 * "North Carolina"), not followed by a possessive ("Bush, Florida's former governor").
 */
function isStateAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const second = tokens[k + 1];
  if (second && t.joined && second.sentence === t.sentence && second.cap) {
    const place = tableType(`${t.lower} ${second.lower}`);
    if (place?.type === 'place' && US_STATES.has(place.canonical.toLowerCase())) return !second.possessive;
  }
  return !t.possessive && isState(t);
}

/** A capitalised function word ("The", "But"), not a demonym or party adjective. */
function isFunctionWord(t: Token): boolean {
  return NOT_NAMES.has(t.lower) && !(t.lower in DEMONYMS);
}

/**
 * Step 5: a lowercase role before a name ("White House spokesman Judd Deere", "Democratic
 * presidential nominee Hillary Clinton"): the role runs back over lowercase words to the
 * capitalised words that qualify it.
 */
export function roleBefore(name: Token[], tokens: Token[], index: Map<Token, number>, text: string): string | null {
  const j = index.get(name[0]) ?? 0;
  const prev = tokens[j - 1];
  if (!prev || prev.sentence !== name[0].sentence || prev.cap || !ROLE_NOUNS.has(prev.lower) || !prev.joined) return null;
  let k = j - 1;
  // lowercase modifiers ("press secretary", "presidential nominee"), at most two more
  // (not a verb of the sentence: "accusing chief executive Mark Zuckerberg" is a chief executive)
  while (k - 1 >= 0 && j - 1 - (k - 1) <= 2 && tokens[k - 1].sentence === prev.sentence && !tokens[k - 1].cap && tokens[k - 1].joined && !NOT_NAMES.has(tokens[k - 1].lower) && !/(?:ing|ed)$/.test(tokens[k - 1].lower)) k--;
  // capitalised qualifiers ("White House", "Kremlin", "Democratic")
  while (k - 1 >= 0 && j - k <= 6 && tokens[k - 1].sentence === prev.sentence && tokens[k - 1].cap && tokens[k - 1].joined && !isFunctionWord(tokens[k - 1])) k--;
  return text.slice(tokens[k].start, prev.end);
}
