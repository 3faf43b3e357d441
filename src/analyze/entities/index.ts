/**
 * Named people, organisations and places of one article, with name variants merged.
 *
 *   tokens -> capitalised runs -> openers trimmed -> titles split off -> typed -> merged
 *
 * Built on our own tokenizer and word tables (`lexicon.ts`) rather than a tagger: measured in
 * docs/evaluation.md ("Entities"). Mentions are `name` mentions only: pronouns and
 * descriptions ("he", "the Russian diplomat") are resolved on demand by `resolveSurface`
 * (`resolve.ts`), which speaker attribution calls; no coreference is run here.
 */
import { message } from '../../core/messages.js';
import type { Entity, Message, Sentence } from '../../core/types.js';
import { articleLexicon, capitalisedRuns, classify, roleBefore, splitTitle, tableType, trimOpeners, type RawMention } from './detect.js';
import { DEMONYMS, GIVEN_NAMES, KNOWN_SURNAMES, ORG_SUFFIXES, PARTY_ADJECTIVES, TITLES } from './lexicon.js';
import { mergeMentions } from './merge.js';
import { tokenize, type Token } from './tokens.js';

export { resolveSurface } from './resolve.js';

/** Fewest words for the headline test: short sentences ("Lavrov said.") are not headlines. */
const HEADLINE_MIN_WORDS = 4;
/** Most words for the headline test: a long all-capitalised sentence is a list of names ("GOP Sens. Roy Blunt (Mo.), ..."). */
const HEADLINE_MAX_WORDS = 20;
/** Mentions above this count are dropped with a message: a list or a dump, not an article. */
const MAX_MENTIONS = 5000;

/**
 * The entities of an article's text, given its sentences (from `splitSentences`).
 *
 * @example
 * findEntities('White House spokesman Judd Deere said Mr. Lavrov met Mike Pompeo. Pompeo left.', sentences)
 * // -> entities: White House (organization), Judd Deere (person, roles ["White House spokesman"]),
 * //    Lavrov (person, variants ["Mr. Lavrov"]), Mike Pompeo (person, variants ["Mike Pompeo", "Pompeo"])
 */
export function findEntities(text: string, sentences: Sentence[]): { entities: Entity[]; messages: Message[] } {
  const messages: Message[] = [];
  const tokens = tokenize(text, sentences);
  const index = new Map<Token, number>();
  tokens.forEach((t, i) => index.set(t, i));
  const lex = articleLexicon(tokens);
  const headline = headlineSentences(tokens, sentences.length);
  const confident: RawMention[] = [];
  const deferred: Token[][] = [];
  for (const run of capitalisedRuns(tokens)) {
    if (headline.has(run[0].sentence)) {
      deferred.push(run);
      continue;
    }
    for (const part of splitAtName(trimOpeners(run, lex))) {
      const mention = typeRun(part, tokens, index, text);
      if (mention) confident.push(mention);
      if (mention?.role) confident.push(...qualifierMentions(part.filter((t) => t.start < mention.start), text));
    }
  }
  // headline-style sentences: keep only the parts of runs made of words known from the rest
  const knownWords = new Set(confident.filter((m) => m.evidence !== 'untyped').flatMap((m) => m.words.map((w) => w.toLowerCase())));
  for (const run of deferred) {
    for (const part of knownParts(run, knownWords)) {
      const mention = typeRun(part, tokens, index, text);
      if (mention) confident.push(mention);
    }
  }
  let raw = confident.sort((a, b) => a.start - b.start);
  if (raw.length > MAX_MENTIONS) {
    messages.push(message('warning', 'analyze', 'span-dropped', `${raw.length - MAX_MENTIONS} entity mentions beyond the first ${MAX_MENTIONS} were ignored`));
    raw = raw.slice(0, MAX_MENTIONS);
  }
  return { entities: mergeMentions(defineAcronyms(raw, text)), messages };
}

/** "Trans-Pacific Partnership" -> "TPP": the first letter of each word and of each hyphenated part. */
function initialsOf(words: string[]): string {
  return words.map((w) => w.split('-').map((p) => p[0]).join('')).join('').toUpperCase();
}

/** Acronyms defined in brackets after a lower-case phrase whose initials they spell ("Guillain-Barré syndrome (GBS)"). */
function acronymsOfThings(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}{2,8})\)/gu)) {
    const letters = m[1];
    const words = text.slice(Math.max(0, m.index! - 120), m.index!).match(/[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*/gu) ?? [];
    const last = words[words.length - 1] ?? '';
    if (!/^\p{Ll}/u.test(last)) continue;
    const significant = words.filter((w) => !/^(?:of|and|the|for|on|in|to|at)$/i.test(w));
    // the initials of the last words ("Guillain-Barré syndrome" -> GBS)
    for (let n = 1; n <= letters.length && n <= significant.length; n++) if (initialsOf(significant.slice(-n)) === letters) out.add(letters);
  }
  return out;
}

/** Longest acronym read in a definition "Name (ACR)", in letters. */
const MAX_ACRONYM = 8;

/**
 * Acronyms defined in the text: "the Federal Bureau of Investigation (FBI)", "Joint Chiefs of
 * Staff (JCS)". A name of two words or more followed by its initials in brackets makes every
 * mention of the acronym a variant of the name, typed as the name is (an organisation when the
 * name was typed by nothing better than a default: people are not defined by initials). With
 * no brackets, an organisation of the article whose initials an acronym mention spells is its
 * long form too ("the National Rifle Association" ... "the NRA").
 *
 * @example
 * "the Delegates Unbound group (DU) ... DU said" -> DU and Delegates Unbound are one organisation
 */
function defineAcronyms(raw0: RawMention[], text: string): RawMention[] {
  // "Guillain-Barré syndrome (GBS)", "the consumer price index (CPI)": an acronym defined for a
  // common noun names a thing, not an organisation; its bare mentions are dropped
  const things = acronymsOfThings(text);
  const raw = things.size ? raw0.filter((m) => !(m.words.length === 1 && m.evidence !== 'table' && things.has(m.words[0].replace(/\./g, '')))) : raw0;
  const defined = new Map<string, RawMention>();
  for (const m of raw) {
    if (m.words.length < 2 || m.type === 'place') continue;
    const bracket = /^\s*\(([\p{Lu}.&-]{2,16})\)/u.exec(text.slice(m.end, m.end + 20));
    if (!bracket) continue;
    const letters = bracket[1].replace(/[.&-]/g, '');
    if (letters.length < 2 || letters.length > MAX_ACRONYM) continue;
    const significant = m.words.filter((w) => !/^(?:of|and|the|for|on|in|to|at|&)$/i.test(w));
    if (initialsOf(significant) === letters || initialsOf(m.words) === letters) defined.set(letters, m);
  }
  // without brackets: an organisation of the article whose initials the acronym is ("the National
  // Rifle Association" ... "the NRA"); a definition in brackets comes first
  const acronyms = new Set(raw.filter((m) => m.words.length === 1 && m.type !== 'place' && /^\p{Lu}{2,6}$/u.test(m.words[0].replace(/\./g, ''))).map((m) => m.words[0].replace(/\./g, '')));
  for (const m of raw) {
    if (m.words.length < 2 || m.type !== 'organization' || m.evidence === 'untyped') continue;
    const letters = initialsOf(m.words.filter((w) => !/^(?:of|and|the|for|on|in|to|at|&)$/i.test(w)));
    if (acronyms.has(letters) && !defined.has(letters)) defined.set(letters, m);
  }
  if (!defined.size) return raw;
  const tableNames = new Map(raw.filter((m) => m.words.length === 1 && m.evidence === 'table' && m.canonical).map((m) => [m.words[0].replace(/\./g, ''), m.canonical as string]));
  return raw.map((m) => {
    // an acronym is an organisation's or an untyped word ("JCS said"), never a place ("S.C.", "U.S.")
    if (m.words.length === 1 && !(m.type === 'organization' || m.evidence === 'untyped' || (m.type === 'person' && m.evidence === 'context' && !m.role))) return m;
    const long = m.words.length >= 2 ? [...defined.values()].find((d) => d.surface === m.surface) : m.words.length === 1 ? defined.get(m.words[0].replace(/[.&-]/g, '')) : undefined;
    if (!long) return m;
    const type = long.evidence === 'untyped' ? 'organization' : long.type;
    // the tables' name wins ("GOP" is the Republican Party, also where "Grand Old Party" defines it)
    const letters = [...defined.entries()].find(([, d]) => d === long)?.[0] ?? '';
    const canonical = long.canonical ?? tableNames.get(letters) ?? long.words.join(' ');
    return { ...m, type, canonical, evidence: m.evidence === 'untyped' ? 'acronym' : m.evidence };
  });
}

/**
 * Organisations and places named inside a role ("FBI Director", "U.S. President"): the role
 * stays a role, the qualifier is a mention too. Longest table entry first, up to three words.
 */
function qualifierMentions(role: Token[], text: string): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < role.length; ) {
    let n = Math.min(3, role.length - i);
    let table: ReturnType<typeof tableType> = null;
    for (; n >= 1 && !(table = tableType(role.slice(i, i + n).map((t) => t.lower).join(' '))); n--);
    // an organisation named by its cue word inside the role: "U.S. Air Force Gen." -> Air Force
    // the longest such name: "Senatorial Campaign Committee", not "Senatorial Campaign" too
    const longer = i + 1 < role.length && ORG_SUFFIXES.has(role[i + 1].lower) && !TITLES.has(role[i + 1].lower);
    // ("White House Press Secretary": "press" opens the title "press secretary", it ends no name)
    const opensTitle = i + 1 < role.length && TITLES.has(`${role[i].lower} ${role[i + 1].lower}`);
    if (!table && !longer && !opensTitle && ORG_SUFFIXES.has(role[i].lower) && i > 0 && !TITLES.has(role[i].lower)) {
      let k = i;
      // a party adjective belongs to the name ("Democratic Senatorial Campaign Committee"), a nationality does not
      while (k - 1 >= 0 && !TITLES.has(role[k - 1].lower) && !tableType(role[k - 1].lower) && (!(role[k - 1].lower in DEMONYMS) || PARTY_ADJECTIVES.has(role[k - 1].lower))) k--;
      if (k < i) {
        const part = role.slice(k, i + 1);
        out.push({ start: part[0].start, end: part[part.length - 1].end, surface: text.slice(part[0].start, part[part.length - 1].end), words: part.map((t) => t.text), type: 'organization', canonical: null, role: null, evidence: 'suffix', sentence: part[0].sentence });
      }
    }
    if (table && n >= 1) {
      const part = role.slice(i, i + n);
      const start = part[0].start;
      const end = part[n - 1].end;
      out.push({ start, end, surface: text.slice(start, end), words: part.map((t) => t.text), type: table.type, canonical: table.canonical, role: null, evidence: 'table', sentence: part[0].sentence });
      i += n;
    } else i++;
  }
  return out;
}

/**
 * Two names run together for want of a comma ("the editorial board of the Washington Post
 * Trump said"): an organisation or place from the tables followed by a given name or a
 * well-known surname is cut in two.
 */
function splitAtName(run: Token[]): Token[][] {
  for (let k = run.length - 1; k >= 1; k--) {
    const head = run.slice(0, k);
    const startsName = GIVEN_NAMES.has(run[k].lower) || KNOWN_SURNAMES.has(run[k].lower);
    if (!startsName || TITLES.has(run[k - 1].lower)) continue;
    const headLower = head.map((t) => t.lower).join(' ');
    if (tableType(headLower) || ORG_SUFFIXES.has(run[k - 1].lower)) return [head, run.slice(k)];
  }
  return [run];
}

/** Title split, type, and a lowercase role before the name. */
function typeRun(run: Token[], tokens: Token[], index: Map<Token, number>, text: string): RawMention | null {
  if (!run.length) return null;
  const { role, name } = splitTitle(run);
  if (!name.length) return null;
  const mention = classify(name, role, tokens, index, text);
  if (!mention) return null;
  if (!mention.role && mention.type === 'person') {
    const before = roleBefore(name, tokens, index, text);
    if (before) return { ...mention, role: before, evidence: mention.evidence === 'untyped' ? 'context' : mention.evidence };
  }
  return mention;
}

/**
 * Sentences written in title case (headlines, title-case tweets): at least
 * `HEADLINE_MIN_WORDS` words and no lowercase word but the short words headlines keep in
 * lowercase ("of", "at", "the"). A news sentence full of names still has a lowercase verb.
 */
function headlineSentences(tokens: Token[], count: number): Set<number> {
  const words = new Array<number>(count).fill(0);
  const lower = new Array<number>(count).fill(0);
  for (const t of tokens) {
    if (t.text[0] >= '0' && t.text[0] <= '9') continue;
    words[t.sentence]++;
    if (!t.cap && !HEADLINE_LOWERCASE.has(t.lower)) lower[t.sentence]++;
  }
  const out = new Set<number>();
  for (let s = 0; s < count; s++) if (words[s] >= HEADLINE_MIN_WORDS && words[s] <= HEADLINE_MAX_WORDS && lower[s] === 0) out.add(s);
  return out;
}

/** Short words that title case leaves in lowercase. */
const HEADLINE_LOWERCASE = new Set('a an the of at on in to for and or nor but by with as vs from into over up per via'.split(' '));

/**
 * Maximal sub-runs of a headline run that are known: a table entry of up to four words
 * ("North Korea", "White House"), a given name, or a word of a confident mention elsewhere.
 */
function knownParts(run: Token[], knownWords: Set<string>): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  for (let i = 0; i < run.length; ) {
    let n = Math.min(4, run.length - i);
    for (; n >= 2; n--) if (tableType(run.slice(i, i + n).map((t) => t.lower).join(' '))) break;
    if (n >= 2) {
      if (part.length) parts.push(part);
      parts.push(run.slice(i, i + n));
      part = [];
      i += n;
      continue;
    }
    const t = run[i];
    if (knownWords.has(t.lower) || tableType(t.lower) || GIVEN_NAMES.has(t.lower)) part.push(t);
    else {
      if (part.length) parts.push(part);
      part = [];
    }
    i++;
  }
  if (part.length) parts.push(part);
  return parts;
}
